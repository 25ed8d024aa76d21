package scot.commissioningflow.monitoring.review;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.tasks.TaskCompletedInInbox;

/**
 * The officer's decisions in a review, completed in the task inbox, kept in the audit trail under their name in the
 * same transaction: the rating, the improvement plan agreed, and whether it was met.
 */
@Component
class OfficersDecisions {

    private static final Map<String, String> ACTIONS = Map.of(
            MonitoringProcess.REVIEW_CONTRACT, "monitoring.review-rated",
            MonitoringProcess.AGREE_IMPROVEMENT_PLAN, "monitoring.improvement-plan-agreed",
            MonitoringProcess.FOLLOW_UP_PLAN, "monitoring.improvement-plan-followed-up");

    private final AuditTrail audit;

    OfficersDecisions(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void decided(TaskCompletedInInbox completed) {
        String action = ACTIONS.get(completed.task().elementId());
        if (action == null || !completed.task().bpmnProcessId().equals(MonitoringProcess.REVIEW_PROCESS_ID)) {
            return;
        }
        Map<String, Object> said = completed.submission();
        String why = switch (completed.task().elementId()) {
            case MonitoringProcess.REVIEW_CONTRACT -> said.get("rating") + ": " + said.get("officerNotes");
            case MonitoringProcess.AGREE_IMPROVEMENT_PLAN -> "Due in " + said.get("improvementDueInDays") + " days: "
                    + said.get("improvementActions");
            default -> said.get("planOutcome") + ": " + said.get("followUpNotes");
        };
        audit.record(completed.by(), AuditEntry.of(action, "contract", completed.task().businessKey(), why)
                .inProcess(completed.task().processInstanceKey()));
    }
}
