package scot.commissioningflow.commissioning.awardnotice;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** The award stage's timers on the unpublished award notice: one notification each, keyed by tender. */
@Component
public class AwardNoticeDeadlineWorkers {

    private final AwardNoticeDeadlines deadlines;

    AwardNoticeDeadlineWorkers(AwardNoticeDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @JobWorker(type = "remind-award-notice-due")
    public void remind(ActivatedJob job, @VariablesAsType AwardNoticeDue due) {
        try (var ignored = ProcessLog.forJob(job)) {
            deadlines.remindCommissioner(due);
        }
    }

    @JobWorker(type = "escalate-overdue-award-notice")
    public void escalate(ActivatedJob job, @VariablesAsType AwardNoticeDue due) {
        try (var ignored = ProcessLog.forJob(job)) {
            deadlines.escalateToProcurementLead(due);
        }
    }
}
