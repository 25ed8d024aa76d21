package scot.commissioningflow.fairwork.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess.AGREE_PAY_UPLIFTS;
import static scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess.FIND_CONTRACTS_NEEDING_UPLIFT;
import static scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess.NO_UPLIFT_NEEDED;
import static scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess.RECORD_UPLIFT_DECISION;
import static scot.commissioningflow.fairwork.uplift.PayUpliftReviewProcess.UPLIFT_DECIDED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** Both paths of {@code pay-uplift-review.bpmn} on the real engine, the workers' answers given by the test. */
@OwnEngine
class PayUpliftReviewPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private static final Map<String, Object> STARTED = Map.of("upliftReviewKey", "UPLIFT-PATH-1",
            "upliftEffectiveFrom", "2026-04-01");

    @Test
    void whenNoContractNeedsAnUpliftTheReviewEndsWithoutACommissioner() {
        long review = paths.start(PayUpliftReviewProcess.PROCESS_ID, STARTED);
        paths.complete(review, "find-pay-uplifts", Map.of("upliftSummary", "Every contract covers the floor.",
                "upliftsNeeded", List.of(), "upliftCount", 0));
        paths.awaitCompleted(review);
        paths.assertPassed(review, FIND_CONTRACTS_NEEDING_UPLIFT, NO_UPLIFT_NEEDED);
        paths.assertNotPassed(review, AGREE_PAY_UPLIFTS);
    }

    @Test
    void upliftsFoundGoToACommissionerWhoseDecisionIsRecorded() {
        long review = paths.start(PayUpliftReviewProcess.PROCESS_ID, STARTED);
        paths.complete(review, "find-pay-uplifts", Map.of("upliftSummary", "One contract needs an uplift.",
                "upliftsNeeded", List.of(Map.of("contractReference", "CON-1")), "upliftCount", 1));
        paths.assertWaitingAt(review, AGREE_PAY_UPLIFTS);

        Map<String, Object> recorded = new HashMap<>();
        paths.answer("record-pay-uplift-decision", job -> {
            recorded.putAll(job.getVariablesAsMap());
            return null;
        });
        paths.completeUserTask(review, AGREE_PAY_UPLIFTS, Map.of("upliftDecision", "AGREED",
                "upliftDecisionNotes", "Funded from the uplift budget.", "completedBy", "commissioner.isla"));
        paths.settle();

        paths.awaitCompleted(review);
        // The commissioner's answers reach the recording step under the names its worker reads.
        assertThat(recorded).containsEntry("upliftDecision", "AGREED")
                .containsEntry("upliftDecisionNotes", "Funded from the uplift budget.")
                .containsEntry("upliftDecidedBy", "commissioner.isla");
        paths.assertPassed(review, RECORD_UPLIFT_DECISION, UPLIFT_DECIDED);
        paths.assertNotPassed(review, NO_UPLIFT_NEEDED);
    }
}
