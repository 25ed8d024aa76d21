package scot.commissioningflow.fairwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/** Price sustainability and pay uplifts against the reference data and the contract register. */
class PriceAndUpliftJourneyTest extends JourneyTest {

    /** A procurement officer, who checks prices and the uplifts a new floor needs. */
    private Api.SignedIn officer() {
        return api.as("officer.moira", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    @Autowired
    private PriceSustainability sustainability;

    @Autowired
    private ContractRegister register;

    @Test
    void aPriceThatCoversTheFloorAndOnCostsExactlyIsNotAbnormallyLow() {
        PriceAssessment assessment = sustainability.assess(new BigDecimal("18.64"), LocalDate.of(2026, 4, 1));

        assertThat(assessment.abnormallyLow()).isFalse();
        assertThat(assessment.leastSustainablePrice()).isEqualByComparingTo("18.64");
        assertThat(assessment.shortfall()).isEqualByComparingTo("0");
        assertThat(assessment.explanation()).isEqualTo("A price of £18.64 an hour covers the £18.64 an hour needed"
                + " to pay the adult social care minimum of £13.45 that applies from 1 April 2026 plus on-costs of"
                + " 38.57%.");
    }

    @Test
    void aPriceOnePennyShortIsAbnormallyLowWithTheArithmeticShown() {
        JsonNode assessment = officer().post("/api/fair-work/price-sustainability",
                Map.of("hourlyPrice", 18.63, "startDate", "2026-04-01")).expect(200).body();

        assertThat(assessment.path("abnormallyLow").asBoolean()).isTrue();
        assertThat(assessment.path("shortfall").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(assessment.path("explanation").asText()).isEqualTo("A price of £18.63 an hour is abnormally low:"
                + " it is 1p short of the £18.64 an hour needed to pay the adult social care minimum of £13.45 that"
                + " applies from 1 April 2026 plus on-costs of 38.57%.");
        assertThat(assessment.path("arithmetic")).extracting(JsonNode::asText).containsExactly(
                "  £13.45 pay floor: the adult social care minimum of £13.45 that applies from 1 April 2026",
                "+ £1.55 employer National Insurance (11.50% of £13.45)",
                "+ £0.40 employer pension contributions (3.00% of £13.45)",
                "+ £1.62 holiday pay (12.07% of £13.45)",
                "+ £0.27 training (2.00% of £13.45)",
                "+ £1.35 travel time (10.00% of £13.45)",
                "= £18.64 least sustainable hourly price",
                "  £18.63 bid is £0.01 short");
    }

    @Test
    void theDayBeforeTheFloorRisesTheOldFloorSetsThePrice() {
        PriceAssessment assessment = sustainability.assess(new BigDecimal("17.46"), LocalDate.of(2026, 3, 31));
        assertThat(assessment.payFloor().hourlyRate()).isEqualByComparingTo("12.60");
        assertThat(assessment.leastSustainablePrice()).isEqualByComparingTo("17.46");
        assertThat(assessment.abnormallyLow()).isFalse();
        assertThat(sustainability.assess(new BigDecimal("17.46"), LocalDate.of(2026, 4, 1)).abnormallyLow()).isTrue();
    }

    @Test
    void anOnCostNotHeldForTheDateIsAnErrorNamingItNeverZero() {
        assertThatThrownBy(() -> sustainability.assess(new BigDecimal("15.00"), LocalDate.of(2023, 3, 31)))
                .isInstanceOf(ReferenceDataNotHeld.class)
                .hasMessage("No employer National Insurance on-cost is held for 31 March 2023. Add the percentage"
                        + " that applies on that date.");
        assertThat(officer().post("/api/fair-work/price-sustainability", Map.of("hourlyPrice", 15, "startDate",
                "2023-03-31")).expect(404).body().path("detail").asText()).contains("31 March 2023");
    }

    @Test
    void aBidPriceInPenceFractionsIsRefusedNamingTheField() {
        JsonNode refused = officer().post("/api/fair-work/price-sustainability",
                Map.of("hourlyPrice", 18.635, "startDate", "2026-04-01")).expect(400).body();
        assertThat(refused.path("detail").asText()).contains("hourlyPrice must be in pounds and pence");
    }

    @Test
    void liveContractsInTheRegisterBelowTheNewFloorAreListedWithTheirUplift() {
        String prefix = "UPL-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        registerContract(prefix + "LOW", "Alba Care", new BigDecimal("16.00"), LocalDate.of(2025, 4, 1), null);
        registerContract(prefix + "OK", "Braes Support", new BigDecimal("19.00"), LocalDate.of(2025, 4, 1), null);
        registerContract(prefix + "ENDED", "Clyde Homecare", new BigDecimal("12.00"), LocalDate.of(2024, 4, 1),
                LocalDate.of(2026, 3, 31));
        registerContract(prefix + "BLOCK", "Lomond Care Home", null, LocalDate.of(2025, 4, 1), null);

        JsonNode review = officer().get("/api/fair-work/uplifts?effectiveFrom=2026-04-01").expect(200).body();

        assertThat(review.path("leastSustainablePrice").decimalValue()).isEqualByComparingTo("18.64");
        List<JsonNode> mine = ours(review.path("upliftsNeeded"), prefix);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().path("contractReference").asText()).isEqualTo(prefix + "LOW");
        assertThat(mine.getFirst().path("upliftPerHour").decimalValue()).isEqualByComparingTo("2.64");
        assertThat(mine.getFirst().path("upliftPercentage").decimalValue()).isEqualByComparingTo("16.50");
        assertThat(review.path("notPricedByTheHour")).extracting(JsonNode::asText).contains(prefix + "BLOCK");
    }

    @Test
    void contractsOutsideTheRegisterCanBeReviewedFromAList() {
        JsonNode review = officer().post("/api/fair-work/uplifts", Map.of("effectiveFrom", "2026-04-01", "contracts",
                List.of(Map.of("contractReference", "SX-1", "provider", "Alba Care", "hourlyRate", 18.63),
                        Map.of("contractReference", "SX-2", "provider", "Braes Support", "hourlyRate", 18.64))))
                .expect(200).body();

        assertThat(review.path("upliftsNeeded")).hasSize(1);
        assertThat(review.path("upliftsNeeded").get(0).path("upliftPerHour").decimalValue())
                .isEqualByComparingTo("0.01");
        assertThat(review.path("contractsChecked").asInt()).isEqualTo(2);
    }

    private void registerContract(String reference, String provider, BigDecimal hourlyRate, LocalDate start,
            LocalDate end) {
        register.register(new ContractEntry(reference, ContractKind.OUTCOMES_BASED, "Care at home for " + provider,
                "PRV-" + reference, provider, "Moray HSCP", start, end, new BigDecimal("250000.00"), hourlyRate,
                List.of(), null));
    }

    private static List<JsonNode> ours(JsonNode items, String prefix) {
        List<JsonNode> mine = new java.util.ArrayList<>();
        items.forEach(item -> {
            if (item.path("contractReference").asText().startsWith(prefix)) {
                mine.add(item);
            }
        });
        return mine;
    }
}
