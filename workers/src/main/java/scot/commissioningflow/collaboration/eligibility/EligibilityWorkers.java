package scot.commissioningflow.collaboration.eligibility;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The workers of {@code collaboration-eligibility.bpmn}.
 * <ul>
 * <li>{@code check-collaboration-registers}: in {@code applicationReference}; out {@code registerEligible},
 * {@code registerFindings} and the {@code fair-work-check} inputs ({@code fairWorkCheckKey}, {@code fairWorkContext}
 * GRANT, {@code contractStartDate}, {@code fairWorkDeclaration} with the cumulative grant funding counted).</li>
 * <li>{@code record-collaboration-eligibility}: in the above and {@code fairWorkOutcome}, {@code fairWorkSummary};
 * out {@code eligible}. An ineligible lead is told why.</li>
 * </ul>
 */
@Component
public class EligibilityWorkers {

    record ApplicationToCheck(String applicationReference) {
    }

    record EligibilityFound(String applicationReference, boolean registerEligible, String registerFindings,
            Verdict fairWorkOutcome, String fairWorkSummary) {
    }

    record Decided(boolean eligible) {
    }

    private final Eligibility eligibility;

    EligibilityWorkers(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @JobWorker(type = "check-collaboration-registers")
    public Eligibility.RegisterCheck checkRegisters(ActivatedJob job, @VariablesAsType ApplicationToCheck input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return eligibility.checkRegisters(input.applicationReference());
        }
    }

    @JobWorker(type = "record-collaboration-eligibility")
    public Decided record(ActivatedJob job, @VariablesAsType EligibilityFound found) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Decided(eligibility.record(found.applicationReference(), found.registerEligible(),
                    found.registerFindings(), found.fairWorkOutcome(), found.fairWorkSummary(),
                    job.getProcessInstanceKey()));
        }
    }
}
