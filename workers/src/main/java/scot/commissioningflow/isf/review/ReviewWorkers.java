package scot.commissioningflow.isf.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import scot.commissioningflow.isf.agreement.Agreements;
import scot.commissioningflow.platform.process.ProcessLog;

/** The review loop of processes/isf/option2-individual-service-fund.bpmn: open, record, and vary the budget. */
@Component
public class ReviewWorkers {

    private final Reviews reviews;

    ReviewWorkers(Reviews reviews) {
        this.reviews = reviews;
    }

    /** Why the review was asked for: set by the message or by the scheduled review's timer. */
    public record ReviewAskedFor(String isfReference, ReviewReason reviewReason, String reviewDetail,
            String reviewRaisedBy) {
    }

    /** The review form's answers, and who completed it. */
    public record ReviewAnswered(String isfReference, String reviewOutcome, BigDecimal newAnnualBudget,
            String reviewNotes, String reviewedBy) {
    }

    @JobWorker(type = "open-isf-review")
    public Reviews.ReviewForm open(ActivatedJob job, @VariablesAsType ReviewAskedFor asked) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.open(asked.isfReference(), asked.reviewReason(), asked.reviewDetail(),
                    asked.reviewRaisedBy(), job.getElementInstanceKey());
        }
    }

    @JobWorker(type = "record-isf-review")
    public Reviews.ReviewRecorded record(ActivatedJob job, @VariablesAsType ReviewAnswered answered) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.record(answered.isfReference(), answered.reviewOutcome(), answered.newAnnualBudget(),
                    answered.reviewNotes(), answered.reviewedBy());
        }
    }

    @JobWorker(type = "prepare-isf-variation")
    public Agreements.PreparedVariation prepareVariation(ActivatedJob job, @Variable String isfReference,
            @Variable BigDecimal newAnnualBudget) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reviews.prepareVariation(isfReference, newAnnualBudget);
        }
    }

    @JobWorker(type = "apply-isf-variation")
    public void applyVariation(ActivatedJob job, @Variable String isfReference, @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            reviews.applyVariation(isfReference, contractReference);
        }
    }
}
