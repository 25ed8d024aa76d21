package scot.commissioningflow.fairwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.fairwork.check.FairWorkChecks;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Reference figures changed through the API, with the audit trail. All tests share one database, so these work
 * only with periods far in the future that no other test checks against.
 */
class ReferenceDataJourneyTest extends JourneyTest {

    private static final String BASE = "/api/reference-data";

    @Autowired
    private FairWorkChecks checks;

    @Autowired
    private FairWorkFigures figures;

    @Autowired
    private AuditTrail audit;

    /** The administrator, who keeps the fair work figures, under this name. */
    private Api.SignedIn keeper(String username) {
        return api.as(username, "DEMO-HSCP", Role.ADMINISTRATOR);
    }

    /** A procurement officer, who reads the figures and their history. */
    private Api.SignedIn reader() {
        return api.as("officer.moira", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    @Test
    void aNewRateEndsTheOpenOneAndIsUsedFromItsFirstDayWithEveryChangeAudited() {
        JsonNode previous = openRate("REAL_LIVING_WAGE_LONDON");
        JsonNode added = keeper("finance.ailsa")
                .post(BASE + "/pay-rates", Map.of("rateKind", "REAL_LIVING_WAGE_LONDON",
                "effectiveFrom", "2040-05-01", "hourlyRate", 25.10, "inferred", false,
                "sourceNote", "Living Wage Foundation announcement, October 2039.",
                "reason", "New London rate announced.")).expect(201).body();
        long id = added.path("id").asLong();

        assertThat(reader().get("/api/fair-work/rates/REAL_LIVING_WAGE_LONDON?date=2040-04-30").expect(200).body()
                .path("hourlyRate").decimalValue()).isEqualByComparingTo(previous.path("hourlyRate").decimalValue());
        assertThat(reader().get("/api/fair-work/rates/REAL_LIVING_WAGE_LONDON?date=2040-05-01").expect(200).body()
                .path("hourlyRate").decimalValue()).isEqualByComparingTo("25.10");

        JsonNode closed = changes("pay-rates", previous.path("id").asLong());
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).path("field").asText()).isEqualTo("effectiveTo");
        assertThat(closed.get(0).path("oldValue").isNull()).isTrue();
        assertThat(closed.get(0).path("newValue").asText()).isEqualTo("2040-04-30");
        assertThat(closed.get(0).path("changedBy").asText()).isEqualTo("finance.ailsa");

        keeper("finance.euan")
                .post(BASE + "/pay-rates/" + id + "/changes", Map.of("effectiveFrom", "2040-05-01", "hourlyRate", 25.20,
                "inferred", false, "sourceNote", "Living Wage Foundation announcement, October 2039 (corrected).",
                "reason", "Typing error in the first entry.")).expect(200);

        JsonNode trail = changes("pay-rates", id);
        JsonNode rateChange = find(trail, "hourlyRate", "finance.euan");
        assertThat(rateChange.path("oldValue").asText()).isEqualTo("25.10");
        assertThat(rateChange.path("newValue").asText()).isEqualTo("25.20");
        assertThat(rateChange.path("reason").asText()).isEqualTo("Typing error in the first entry.");
        assertThat(rateChange.path("changedAt").asText()).isNotBlank();
        assertThat(find(trail, "hourlyRate", "finance.ailsa").path("newValue").asText()).isEqualTo("25.10");
        // Unchanged fields leave no entry.
        assertThat(trail).noneMatch(c -> c.path("changedBy").asText().equals("finance.euan")
                && c.path("field").asText().equals("effectiveFrom"));
    }

    @Test
    void aPeriodOverlappingAnotherIsRefusedNamingBoth() {
        keeper("finance.ailsa")
                .post(BASE + "/on-cost-rates", Map.of("component", "TRAINING", "effectiveFrom", "2041-04-01",
                "effectiveTo", "2042-03-31", "percentage", 2.5, "inferred", true, "sourceNote", "Local assumption.",
                "reason", "Training plan for 2041-42.")).expect(201);

        JsonNode refused = keeper("finance.ailsa")
                .post(BASE + "/on-cost-rates", Map.of("component", "TRAINING",
                "effectiveFrom", "2042-01-01", "effectiveTo", "2042-12-31", "percentage", 3, "inferred", true,
                "sourceNote", "Local assumption.", "reason", "Calendar year figure."))
                .expect(409).body();
        assertThat(refused.path("detail").asText()).isEqualTo("The training on-cost from 1 January 2042 to"
                + " 31 December 2042 would overlap the one held from 1 April 2041 to 31 March 2042. Change or end"
                + " that period first.");
    }

    @Test
    void makingACriterionMandatoryFromADateChangesChecksFromThatDate() {
        long openRule = referenceList("/criterion-rules").stream()
                .filter(rule -> rule.path("criterion").asText().equals("NO_FIRE_AND_REHIRE")
                        && rule.path("context").asText().equals("GRANT") && rule.path("effectiveTo").isNull())
                .findFirst().orElseThrow().path("id").asLong();

        keeper("policy.morag")
                .post(BASE + "/criterion-rules", Map.of("criterion", "NO_FIRE_AND_REHIRE", "context", "GRANT",
                "treatment", "MANDATORY", "effectiveFrom", "2043-01-01",
                "sourceNote", "Hypothetical change to Fair Work First guidance.",
                "reason", "Ministers made no fire and rehire a grant condition.")).expect(201);

        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(30.00), "fireAndRehire",
                true);
        declaration.put("cumulativeGrantFunding", 1000);
        assertThat(checks.check(key(), FairWorkContext.GRANT, java.time.LocalDate.of(2042, 12, 31), declaration)
                .outcome()).isEqualTo(Verdict.MET);
        assertThat(checks.check(key(), FairWorkContext.GRANT, java.time.LocalDate.of(2043, 1, 1), declaration)
                .outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(changes("criterion-rules", openRule).get(0).path("newValue").asText()).isEqualTo("2042-12-31");
    }

    @Test
    void raisingTheGrantSelfDeclarationLimitLetsLargerGrantsSelfDeclareFromThatDate() {
        keeper("policy.morag")
                .post(BASE + "/grant-declaration-limits", Map.of("effectiveFrom", "2044-01-01", "fundingLimit", 150000,
                "sourceNote", "Hypothetical revised Fair Work First guidance.", "reason", "Limit raised.")).expect(201);

        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(30.00),
                "cumulativeGrantFunding", 120000);
        assertThat(checks.check(key(), FairWorkContext.GRANT, java.time.LocalDate.of(2043, 12, 31), declaration)
                .outcome()).isEqualTo(Verdict.NOT_EVIDENCED);
        assertThat(checks.check(key(), FairWorkContext.GRANT, java.time.LocalDate.of(2044, 1, 1), declaration)
                .outcome()).isEqualTo(Verdict.MET);
        assertThat(referenceList("/grant-declaration-limits")).extracting(limit -> limit.path("effectiveTo").asText())
                .contains("2043-12-31");
    }

    @Test
    void theSleepoverRuleIsHeldAsReferenceData() {
        assertThat(referenceList("/pay-floor-rules")).anySatisfy(rule -> {
            assertThat(rule.path("workType").asText()).isEqualTo("SLEEPOVER");
            assertThat(rule.path("rateKind").asText()).isEqualTo("REAL_LIVING_WAGE_UK");
            assertThat(rule.path("sourceNote").asText()).contains("every sleepover hour");
        });
        assertThat(reader().get("/api/fair-work/criteria").expect(200).body()).hasSize(7);
    }

    @Test
    void aChangeWithoutReasonOrInPenceFractionsIsRefusedNamingEachField() {
        Map<String, Object> body = new HashMap<>();
        body.put("rateKind", "ADULT_SOCIAL_CARE_MINIMUM");
        body.put("effectiveFrom", "2044-04-01");
        body.put("hourlyRate", 20.005);
        body.put("sourceNote", "x");
        JsonNode refused = keeper("finance.ailsa").post(BASE + "/pay-rates", body).expect(400).body();
        assertThat(refused.path("detail").asText()).contains("hourlyRate must be in pounds and pence")
                .contains("reason must not be blank");
    }

    @Test
    void aChangeFromNoOneIsRefusedUntilTheySignInBecauseTheAuditTrailNeedsAName() {
        api.post(BASE + "/on-cost-rates", Map.of("component", "PENSION", "effectiveFrom", "2045-04-01",
                "percentage", 5, "inferred", false, "sourceNote", "x", "reason", "y")).expect(401);
    }

    @Test
    void thresholdsAndBankHolidaysWhichMoveDeadlinesAreRefusedFromACommissionerAndKeptByTheirOwners() {
        Api.SignedIn commissioner = api.as("commissioner.fiona", "DEMO-HSCP", Role.COMMISSIONER);
        Api.SignedIn lead = api.as("lead.morag", "DEMO-HSCP", Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD);
        Map<String, Object> holiday = Map.of("effectiveFrom", "2047-01-02", "name", "Matrix holiday",
                "sourceNote", "x", "reason", "y");

        commissioner.post(BASE + "/procurement-thresholds", Map.of()).expect(403);
        commissioner.post(BASE + "/bank-holidays", holiday).expect(403);
        assertThat(lead.post(BASE + "/bank-holidays", holiday).expect(403).body().path("detail").asText())
                .isEqualTo("Only an administrator can change the bank-holidays reference data.");
        assertThat(lead.post(BASE + "/procurement-thresholds", Map.of()).expect(400).body().path("detail").asText())
                .contains("effectiveFrom must not be null");
    }

    @Test
    void aProviderUserCannotAddAPayRateNorEndTheOpenPeriod() {
        Api.SignedIn provider = api.as("pat.provider", "PRV-DEMO0001", Role.PROVIDER_USER);
        long open = openRate("ADULT_SOCIAL_CARE_MINIMUM").path("id").asLong();
        provider.post(BASE + "/pay-rates", Map.of("rateKind", "ADULT_SOCIAL_CARE_MINIMUM",
                "effectiveFrom", "2046-04-01", "hourlyRate", 30, "inferred", false, "sourceNote", "x",
                "reason", "y")).expect(403);
        provider.post(BASE + "/pay-rates/" + open + "/end", Map.of("effectiveTo", "2046-03-31", "reason", "y"))
                .expect(403);
        assertThat(openRate("ADULT_SOCIAL_CARE_MINIMUM").path("id").asLong()).isEqualTo(open);
    }

    @Test
    void aRateForADateOutsideEveryPeriodIsAnErrorNamingTheDateNeverZero() {
        assertThatThrownBy(() -> figures.rateOn(RateKind.ADULT_SOCIAL_CARE_MINIMUM, LocalDate.of(2023, 3, 31)))
                .isInstanceOf(ReferenceDataNotHeld.class)
                .hasMessage("No adult social care minimum hourly rate is held for 31 March 2023. Add the rate that"
                        + " applies on that date before checking pay against it.");
        assertThat(figures.rateOn(RateKind.ADULT_SOCIAL_CARE_MINIMUM, LocalDate.of(2023, 4, 1)).hourlyRate())
                .isEqualByComparingTo("10.90");
        assertThat(reader().get("/api/fair-work/rates/REAL_LIVING_WAGE_LONDON?date=2022-05-14").expect(404).body()
                .path("detail").asText()).contains("14 May 2022");
    }

    @Test
    void theRatesByPeriodAreHeldWithInferredOnesFlagged() {
        var asc2025 = figures.rateOn(RateKind.ADULT_SOCIAL_CARE_MINIMUM, LocalDate.of(2025, 4, 1));
        assertThat(asc2025.hourlyRate()).isEqualByComparingTo("12.60");
        assertThat(asc2025.inferred()).isTrue();
        var asc2024 = figures.rateOn(RateKind.ADULT_SOCIAL_CARE_MINIMUM, LocalDate.of(2025, 3, 31));
        assertThat(asc2024.hourlyRate()).isEqualByComparingTo("12.00");
        assertThat(asc2024.inferred()).isFalse();
        assertThat(figures.rateOn(RateKind.REAL_LIVING_WAGE_LONDON, LocalDate.of(2026, 5, 1)).hourlyRate())
                .isEqualByComparingTo("14.80");
        JsonNode floor = reader().get("/api/fair-work/pay-floors/DIRECT_CARE?date=2026-04-01").expect(200).body();
        assertThat(floor.path("hourlyRate").decimalValue()).isEqualByComparingTo("13.45");
        assertThat(floor.path("rateKind").asText()).isEqualTo("ADULT_SOCIAL_CARE_MINIMUM");
        assertThat(floor.path("inferred").asBoolean()).isTrue();
    }

    private JsonNode openRate(String kind) {
        return referenceList("/pay-rates").stream()
                .filter(rate -> rate.path("rateKind").asText().equals(kind) && rate.path("effectiveTo").isNull())
                .findFirst().orElseThrow();
    }

    private List<JsonNode> referenceList(String path) {
        List<JsonNode> items = new java.util.ArrayList<>();
        reader().get(BASE + path).expect(200).body().forEach(items::add);
        return items;
    }

    private JsonNode changes(String dataSet, long recordId) {
        return reader().get(BASE + "/" + dataSet + "/changes?recordId=" + recordId).expect(200).body();
    }

    private static JsonNode find(JsonNode trail, String field, String by) {
        for (JsonNode change : trail) {
            if (change.path("field").asText().equals(field) && change.path("changedBy").asText().equals(by)) {
                return change;
            }
        }
        throw new AssertionError("No change to " + field + " by " + by + " in " + trail);
    }

    private static String key() {
        return "FW-REF-" + UUID.randomUUID();
    }
}
