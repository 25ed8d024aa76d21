package scot.commissioningflow.providers.registration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;
import scot.commissioningflow.providers.registration.ProviderRegistrations.InspectionResult;
import scot.commissioningflow.providers.registration.ProviderRegistrations.RegistrationRequested;
import scot.commissioningflow.providers.registration.ProviderRegistrations.RegistrationReviewed;

/** The job workers of processes/providers/provider-registration.bpmn: one call each to the register. */
@Component
public class ProviderRegistrationWorkers {

    private final ProviderRegistrations registrations;

    ProviderRegistrationWorkers(ProviderRegistrations registrations) {
        this.registrations = registrations;
    }

    @JobWorker(type = "record-provider-registration")
    public void record(ActivatedJob job, @VariablesAsType RegistrationRequested requested) {
        try (var ignored = ProcessLog.forJob(job)) {
            registrations.record(requested, job.getProcessInstanceKey());
        }
    }

    @JobWorker(type = "check-care-inspectorate-registration")
    public InspectionResult checkInspection(ActivatedJob job, @Variable String providerReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return registrations.checkInspection(providerReference);
        }
    }

    @JobWorker(type = "record-registration-decision")
    public void recordDecision(ActivatedJob job, @VariablesAsType RegistrationReviewed review) {
        try (var ignored = ProcessLog.forJob(job)) {
            registrations.decide(review);
        }
    }
}
