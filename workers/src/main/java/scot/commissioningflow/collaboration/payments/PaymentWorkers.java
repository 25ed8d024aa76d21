package scot.commissioningflow.collaboration.payments;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.collaboration.grant.Grants.MilestoneStage;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The money steps of {@code collaboration-milestone.bpmn} (each in {@code milestone}: grantReference, number, name,
 * payment, reportDueOn, reportKey) and the clawback of {@code collaboration-grant.bpmn}:
 * <ul>
 * <li>{@code pay-collaboration-stage}: pays the stage once; out {@code reminderIn}, {@code reportDueIn},
 * {@code escalationGrace} (ISO durations for the milestone's timers).</li>
 * <li>{@code remind-collaboration-report}, {@code escalate-collaboration-report}: tell the lead (and, when late,
 * the funder).</li>
 * <li>{@code assess-collaboration-report}: out {@code reportOutcome} (ACCEPTED | CLAWBACK) and
 * {@code reportFindings}.</li>
 * <li>{@code claw-back-collaboration-grant}: in {@code grantReference}; stops the grant and recovers the money.</li>
 * </ul>
 */
@Component
public class PaymentWorkers {

    record StageInput(MilestoneStage milestone) {
    }

    record GrantInput(String grantReference) {
    }

    private final Payments payments;

    PaymentWorkers(Payments payments) {
        this.payments = payments;
    }

    @JobWorker(type = "pay-collaboration-stage")
    public Payments.StageTimers pay(ActivatedJob job, @VariablesAsType StageInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return payments.payStage(input.milestone(), job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "remind-collaboration-report")
    public void remind(ActivatedJob job, @VariablesAsType StageInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            payments.remind(input.milestone());
        }
    }

    @JobWorker(type = "escalate-collaboration-report")
    public void escalate(ActivatedJob job, @VariablesAsType StageInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            payments.escalate(input.milestone(), job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "assess-collaboration-report")
    public Payments.ReportAssessed assess(ActivatedJob job, @VariablesAsType StageInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return payments.assess(input.milestone(), job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "claw-back-collaboration-grant")
    public void clawBack(ActivatedJob job, @VariablesAsType GrantInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            payments.clawBack(input.grantReference(), job.getProcessInstanceKey());
        }
    }
}
