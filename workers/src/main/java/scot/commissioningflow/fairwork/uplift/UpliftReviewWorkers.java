package scot.commissioningflow.fairwork.uplift;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.Map;
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

    private final UpliftReviews reviews;

    UpliftReviewWorkers(UpliftReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "find-pay-uplifts")
    public Map<String, Object> find(ActivatedJob job, @Variable String upliftReviewKey,
            @Variable String upliftEffectiveFrom) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.find(upliftReviewKey, LocalDate.parse(upliftEffectiveFrom), job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "record-pay-uplift-decision")
    public void decide(ActivatedJob job, @Variable String upliftReviewKey, @Variable String upliftDecision,
            @Variable String upliftDecisionNotes, @Variable String upliftDecidedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            reviews.decide(upliftReviewKey, upliftDecision, upliftDecisionNotes, upliftDecidedBy);
        }
    }
}
