package scot.commissioningflow.monitoring.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.frameworks.Frameworks;
import scot.commissioningflow.monitoring.entry.MonitoredContract;
import scot.commissioningflow.monitoring.review.MonitoringReviews;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The escalation steps of {@code monitoring-review.bpmn}, after an improvement plan was missed:
 * <ul>
 * <li>{@code declare-contract-default}: in {@code returnKey}; the contract stands in default, with a finding.</li>
 * <li>{@code suspend-from-framework-placements}: in {@code contractReference}, {@code providerReference}; out
 * {@code suspendedMemberships}, how many framework lots the provider is suspended on.</li>
 * </ul>
 */
@Component
public class EscalationWorkers {

    record ReturnInput(String returnKey) {
    }

    record ProviderInput(String contractReference, String providerReference) {
    }

    record Suspended(int suspendedMemberships) {
    }

    private final MonitoringReviews reviews;
    private final Frameworks frameworks;
    private final AuditTrail audit;

    EscalationWorkers(MonitoringReviews reviews, Frameworks frameworks, AuditTrail audit) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    @JobWorker(type = "declare-contract-default")
    @Transactional
    public void declareDefault(ActivatedJob job, @VariablesAsType ReturnInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            MonitoredContract contract = reviews.declareDefault(input.returnKey());
            audit.recordBySystem("monitoring", AuditEntry.of("monitoring.contract-default", "contract",
                    contract.contractReference(), "The improvement plan of " + input.returnKey()
                            + " was followed up and not met.").inProcess(job.getProcessInstanceKey()));
        }
    }

    @JobWorker(type = "suspend-from-framework-placements")
    @Transactional
    public Suspended suspend(ActivatedJob job, @VariablesAsType ProviderInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            // Suspending an already suspended membership changes nothing, so a retried job suspends no more.
            int suspended = frameworks.suspendFromNewPlacements(input.providerReference(), "Contract "
                    + input.contractReference() + " is in default after a missed improvement plan.",
                    "system:monitoring").size();
            audit.recordBySystem("monitoring", AuditEntry.of("monitoring.suspended-from-placements", "contract",
                    input.contractReference(), "Provider " + input.providerReference() + " suspended on "
                            + suspended + " framework lots.").inProcess(job.getProcessInstanceKey()));
            return new Suspended(suspended);
        }
    }
}
