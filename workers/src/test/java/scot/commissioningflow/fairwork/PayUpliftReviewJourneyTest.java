package scot.commissioningflow.fairwork;

import static org.assertj.core.api.Assertions.assertThat;

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
import scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/** The yearly pay uplift review on the real engine, reading live contracts from the contract register. */
class PayUpliftReviewJourneyTest extends JourneyTest {

    @Autowired
    private ContractRegister register;

    @Autowired
    private AuditTrail audit;

    @Test
    void aCommissionerAgreesTheUpliftsTheNewFloorNeeds() {
        String reference = "UPR-" + UUID.randomUUID().toString().substring(0, 8);
        register.register(new ContractEntry(reference, ContractKind.OUTCOMES_BASED, "Supported living in Elgin",
                "PRV-" + reference, "Alba Care", "Moray HSCP", LocalDate.of(2025, 4, 1), null,
                new BigDecimal("480000.00"), new BigDecimal("16.00"), List.of(), null));

        Api.SignedIn fiona = api.as("commissioner.fiona", "DEMO-HSCP", Role.COMMISSIONER);
        JsonNode started = fiona.post("/api/fair-work/uplift-reviews", Map.of("effectiveFrom", "2026-04-01"))
                .expect(202).body();
        String reviewKey = started.path("reviewKey").asText();

        TaskView task = awaitTask(reviewKey, PayUpliftReviewProcess.AGREE_PAY_UPLIFTS);
        assertThat(task.candidateGroup()).isEqualTo("commissioners");
        assertThat(task.variables().get("upliftSummary").toString()).contains("an uplift to reach £18.64 an hour");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> needed = (List<Map<String, Object>>) task.variables().get("upliftsNeeded");
        assertThat(needed).anySatisfy(uplift -> {
            assertThat(uplift).containsEntry("contractReference", reference);
            assertThat(new BigDecimal(uplift.get("upliftPerHour").toString())).isEqualByComparingTo("2.64");
        });

        fiona.post("/api/tasks/" + task.taskKey() + "/complete", Map.of("upliftDecision", "AGREED",
                "upliftDecisionNotes", "Funded from the 2026-27 uplift budget line; variations to follow."))
                .expect(200);

        engine.awaitCompleted(started.path("processInstanceKey").asLong());
        JsonNode review = fiona.get("/api/fair-work/uplift-reviews/" + reviewKey).expect(200).body();
        assertThat(review.path("decision").asText()).isEqualTo("AGREED");
        assertThat(review.path("decidedBy").asText()).isEqualTo("commissioner.fiona");
        assertThat(review.path("review").path("leastSustainablePrice").decimalValue()).isEqualByComparingTo("18.64");
        AuditedDecision decision = audit.search("uplift-review", reviewKey, "pay-uplift.decided", null, 0, 10)
                .getContent().getFirst();
        assertThat(decision.who()).isEqualTo("commissioner.fiona");
        assertThat(decision.why()).isEqualTo("AGREED: Funded from the 2026-27 uplift budget line; variations to"
                + " follow.");
    }
}
