package scot.commissioningflow.frameworks.admission;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.frameworks.admission.Admissions.RegistrationChecked;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The job workers of a round's applications: closing the round, and each application's steps in
 * processes/frameworks/framework-admission.bpmn.
 */
@Component
public class AdmissionWorkers {

    private final Admissions admissions;

    AdmissionWorkers(Admissions admissions) {
        this.admissions = admissions;
    }

    /** The round's applications, for the multi-instance that assesses each. */
    public record ApplicationsToAssess(List<String> applicationKeys) {
    }

    /** An application refused, and why: the outcome names the check it failed. */
    public record Refusal(String applicationKey, ApplicationOutcome refusalOutcome, String refusalReason) {
    }

    @JobWorker(type = "close-framework-round")
    public ApplicationsToAssess closeRound(ActivatedJob job, @Variable String frameworkReference,
            @Variable int roundNumber) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new ApplicationsToAssess(admissions.applicationKeys(frameworkReference, roundNumber));
        }
    }

    @JobWorker(type = "check-framework-registration")
    public RegistrationChecked checkRegistration(ActivatedJob job, @Variable String applicationKey) {
        try (var ignored = ProcessLog.forJob(job)) {
            return admissions.checkRegistration(applicationKey);
        }
    }

    @JobWorker(type = "admit-to-framework")
    public void admit(ActivatedJob job, @Variable String applicationKey, @Variable String fairWorkSummary) {
        try (var ignored = ProcessLog.forJob(job)) {
            admissions.admit(applicationKey, fairWorkSummary);
        }
    }

    @JobWorker(type = "refuse-framework-admission")
    public void refuse(ActivatedJob job, @VariablesAsType Refusal refusal) {
        try (var ignored = ProcessLog.forJob(job)) {
            admissions.refuse(refusal.applicationKey(), refusal.refusalOutcome(), refusal.refusalReason());
        }
    }
}
