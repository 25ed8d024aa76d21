package scot.commissioningflow.fairwork.uplift;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The job workers of {@code processes/fairwork/pay-uplift-review.bpmn}, keyed by {@code upliftReviewKey}.
 * {@code find-pay-uplifts} takes {@code upliftEffectiveFrom} (ISO date) and gives {@code upliftSummary},
 * {@code upliftsNeeded} and {@code upliftCount}; {@code record-pay-uplift-decision} takes {@code upliftDecision}
 * ({@code AGREED} | {@code NOT_AGREED}), {@code upliftDecisionNotes} and {@code upliftDecidedBy}.
 */
@Component
public class UpliftReviewWorkers {

    public record Started(String upliftReviewKey, LocalDate upliftEffectiveFrom) {
    }

    public record Decided(String upliftReviewKey, UpliftDecision upliftDecision, String upliftDecisionNotes,
            String upliftDecidedBy) {
    }

    private final UpliftReviews reviews;

    UpliftReviewWorkers(UpliftReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "find-pay-uplifts")
    public UpliftReviews.Found find(ActivatedJob job, @VariablesAsType Started review) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.find(review.upliftReviewKey(), review.upliftEffectiveFrom(), job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "record-pay-uplift-decision")
    public void decide(ActivatedJob job, @VariablesAsType Decided decision) {
        try (var ignored = ProcessLog.forJob(job)) {
            reviews.decide(decision.upliftReviewKey(), decision.upliftDecision(), decision.upliftDecisionNotes(),
                    decision.upliftDecidedBy());
        }
    }
}
