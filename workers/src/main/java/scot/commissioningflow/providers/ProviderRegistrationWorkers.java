package scot.commissioningflow.providers;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The job workers of processes/providers/provider-registration.bpmn. Each is keyed by the provider reference, so a
 * job the engine delivers twice finds its work already done and changes nothing.
 */
@Component
public class ProviderRegistrationWorkers {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrationWorkers.class);

    private final ProviderRepository providers;
    private final CareInspectorateClient careInspectorate;
    private final Clock clock;

    ProviderRegistrationWorkers(ProviderRepository providers, CareInspectorateClient careInspectorate, Clock clock) {
        this.providers = providers;
        this.careInspectorate = careInspectorate;
        this.clock = clock;
    }

    @JobWorker(type = "record-provider-registration")
    @Transactional
    public void record(ActivatedJob job, @Variable String providerReference, @Variable String providerName,
            @Variable String organisationType, @Variable boolean sme, @Variable String careInspectorateNumber,
            @Variable String contactEmail) {
        try (var ignored = ProcessLog.forJob(job)) {
            if (providers.findByReference(providerReference).isPresent()) {
                return;
            }
            var registration = new ProviderRegistration(providerName, OrganisationType.valueOf(organisationType), sme,
                    careInspectorateNumber, contactEmail);
            providers.save(new Provider(providerReference, registration, job.getProcessInstanceKey(),
                    clock.instant()));
            log.info("Recorded registration of {}", providerName);
        }
    }

    @JobWorker(type = "check-care-inspectorate-registration")
    @Transactional
    public Map<String, Object> checkInspection(ActivatedJob job, @Variable String providerReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Provider provider = load(providerReference);
            if (!careInspectorate.configured()) {
                provider.recordInspection(InspectionCheck.NOT_CONFIGURED, Map.of());
            } else {
                var service = careInspectorate.registeredService(provider.careInspectorateNumber());
                provider.recordInspection(service.isPresent() ? InspectionCheck.REGISTERED
                        : InspectionCheck.NOT_REGISTERED, service.map(s -> s.grades()).orElse(Map.of()));
            }
            var view = provider.view();
            log.info("Care Inspectorate check for {}: {}", view.careInspectorateNumber(), view.inspectionCheck());
            return Map.of("inspectionCheck", view.inspectionCheck().name(),
                    "careInspectorateGrades", view.careInspectorateGrades());
        }
    }

    @JobWorker(type = "record-registration-decision")
    @Transactional
    public void recordDecision(ActivatedJob job, @Variable String providerReference, @Variable String decision,
            @Variable String decisionNotes, @Variable String reviewedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            Provider provider = load(providerReference);
            if (provider.view().status() != ProviderStatus.PENDING_REVIEW) {
                return;
            }
            provider.decide("admit".equals(decision), decisionNotes, reviewedBy, clock.instant());
            log.info("Registration of {} decided: {}", providerReference, decision);
        }
    }

    private Provider load(String reference) {
        return providers.findByReference(reference).orElseThrow(() -> new IllegalStateException(
                "Provider " + reference + " has not been recorded yet"));
    }
}
