package scot.commissioningflow.monitoring.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The review steps of {@code monitoring-review.bpmn}:
 * <ul>
 * <li>{@code request-monitoring-return}: in {@code contractReference}; out {@code returnKey}, {@code reviewNumber},
 * {@code providerReference}, {@code reviewType}, {@code returnDue}, and the timers' {@code returnReminderIn} and
 * {@code returnDueIn}.</li>
 * <li>{@code remind-monitoring-return}: in {@code returnKey}; the provider is reminded once.</li>
 * <li>{@code record-return-not-received}: in {@code returnKey}; out {@code returnFindings}, {@code returnSummary}.</li>
 * <li>{@code check-monitoring-return}: in {@code returnKey}; out {@code returnFindings}, {@code returnSummary}.</li>
 * <li>{@code record-monitoring-review}: in {@code returnKey}, {@code rating}, {@code officerNotes},
 * {@code officerHours}, {@code reviewedBy}; out {@code improvementNeeded}.</li>
 * <li>{@code record-improvement-follow-up}: in {@code returnKey}, {@code improvementActions},
 * {@code improvementDue}, {@code planOutcome} (MET or NOT_MET).</li>
 * </ul>
 */
@Component
public class MonitoringReviewWorkers {

    record ContractInput(String contractReference) {
    }

    record ReturnInput(String returnKey) {
    }

    record RatingInput(String returnKey, MonitoringReview.Rating rating, String officerNotes,
            BigDecimal officerHours, String reviewedBy) {
    }

    record FollowUpInput(String returnKey, String improvementActions, String improvementDue, String planOutcome) {
    }

    private final MonitoringReviews reviews;

    MonitoringReviewWorkers(MonitoringReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "request-monitoring-return")
    public MonitoringReviews.ReturnRequested request(ActivatedJob job, @VariablesAsType ContractInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.requestReturn(input.contractReference());
        }
    }

    @JobWorker(type = "remind-monitoring-return")
    public void remind(ActivatedJob job, @VariablesAsType ReturnInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            reviews.remindProvider(input.returnKey());
        }
    }

    @JobWorker(type = "record-return-not-received")
    public MonitoringReviews.ReturnChecked notReceived(ActivatedJob job, @VariablesAsType ReturnInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.returnNotReceived(input.returnKey());
        }
    }

    @JobWorker(type = "check-monitoring-return")
    public MonitoringReviews.ReturnChecked check(ActivatedJob job, @VariablesAsType ReturnInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.checkReturn(input.returnKey());
        }
    }

    @JobWorker(type = "record-monitoring-review")
    public MonitoringReviews.ReviewRecorded record(ActivatedJob job, @VariablesAsType RatingInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.recordReview(input.returnKey(), input.rating(), input.officerNotes(),
                    input.officerHours(), input.reviewedBy());
        }
    }

    @JobWorker(type = "record-improvement-follow-up")
    public void followUp(ActivatedJob job, @VariablesAsType FollowUpInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            reviews.recordFollowUp(input.returnKey(), input.improvementActions(),
                    LocalDate.parse(input.improvementDue()), "MET".equals(input.planOutcome()));
        }
    }
}
