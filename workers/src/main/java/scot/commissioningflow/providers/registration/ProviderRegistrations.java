package scot.commissioningflow.providers.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.InspectionCheck;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderRegistration;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.providers.ProviderView;
import scot.commissioningflow.tasks.TaskCompletedInInbox;

/**
 * The provider register and the steps of its registration process. Each step is keyed by the provider reference, so
 * a job the engine delivers twice finds its work already done and changes nothing.
 */
@Service
class ProviderRegistrations implements ProviderRegister {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);

    private final ProviderRepository providers;
    private final CareInspectorateClient careInspectorate;
    private final ProcessEngine engine;
    private final Clock clock;
    private final ProviderAccess access;
    private final AuditTrail audit;

    ProviderRegistrations(ProviderRepository providers, CareInspectorateClient careInspectorate, ProcessEngine engine,
            Clock clock, ProviderAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.providers = providers;
        this.careInspectorate = careInspectorate;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public RegistrationStarted register(ProviderRegistration registration, SignedInPerson by) {
        String own = access.referenceFor(by);
        if (own != null && providers.findByReference(own).isPresent()) {
            throw new Conflict("Your organisation " + own + " is already in the provider register.");
        }
        String reference = own != null ? own : "PRV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // Flat variables, because the review form shows providerName and careInspectorateNumber by those keys.
        long key = engine.start(ProviderRegistrationProcess.PROCESS_ID, reference, new RegistrationStart(reference,
                registration.name(), registration.organisationType().name(), registration.sme(),
                registration.careInspectorateNumber(), registration.contactEmail()));
        return new RegistrationStarted(reference, key);
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderView get(String reference) {
        return find(reference)
                .orElseThrow(() -> new NotFound("There is no provider with reference " + reference + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProviderView> find(String reference) {
        return providers.findByReference(reference).map(Provider::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProviderView> list(ProviderStatus status) {
        return (status == null ? providers.findAllByOrderByName() : providers.findByStatusOrderByName(status))
                .stream().map(Provider::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderView getFor(SignedInPerson person, String reference) {
        access.requireMayRead(person, reference);
        return get(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProviderView> listFor(SignedInPerson person, ProviderStatus status) {
        return list(status).stream().filter(provider -> access.mayRead(person, provider.reference())).toList();
    }

    /**
     * A procurement officer's admission decision, completed in the task inbox, kept in the audit trail under their
     * name in the same transaction; the register records it when the process reaches its next step.
     */
    @EventListener
    @Transactional
    void admissionDecided(TaskCompletedInInbox completed) {
        if (!completed.isAt(ProviderRegistrationProcess.PROCESS_ID, ProviderRegistrationProcess.REVIEW_REGISTRATION)) {
            return;
        }
        boolean admit = ProviderRegistrationProcess.ADMIT.equals(completed.submission().get("decision"));
        audit.record(completed.by(), AuditEntry.of("provider.admission-decided", "provider",
                completed.task().businessKey(), (admit ? "Admitted: " : "Declined: ")
                        + completed.submission().get("decisionNotes"))
                .inProcess(completed.task().processInstanceKey()));
    }

    @Transactional
    void record(RegistrationRequested requested, long processInstanceKey) {
        if (providers.findByReference(requested.providerReference()).isPresent()) {
            return;
        }
        var registration = new ProviderRegistration(requested.providerName(), requested.organisationType(),
                requested.sme(), requested.careInspectorateNumber(), requested.contactEmail());
        providers.save(new Provider(requested.providerReference(), registration, processInstanceKey,
                clock.instant()));
        log.info("Recorded registration of {}", requested.providerName());
    }

    /** Asks the Care Inspectorate about the provider's service; an outage is thrown for the job to retry. */
    @Transactional
    InspectionResult checkInspection(String providerReference) {
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
        return new InspectionResult(view.inspectionCheck(), view.careInspectorateGrades());
    }

    @Transactional
    void decide(RegistrationReviewed review) {
        Provider provider = load(review.providerReference());
        if (provider.view().status() != ProviderStatus.PENDING_REVIEW) {
            return;
        }
        provider.decide(ProviderRegistrationProcess.ADMIT.equals(review.decision()), review.decisionNotes(),
                review.reviewedBy(), clock.instant());
        log.info("Registration of {} decided: {}", review.providerReference(), review.decision());
    }

    private Provider load(String reference) {
        return providers.findByReference(reference).orElseThrow(() -> new IllegalStateException(
                "Provider " + reference + " has not been recorded yet"));
    }

    /** The process's start variables, as the record step reads them. */
    record RegistrationRequested(String providerReference, String providerName, OrganisationType organisationType,
            boolean sme, String careInspectorateNumber, String contactEmail) {
    }

    /** What the Care Inspectorate said, for the reviewing officer: grades by key question. */
    record InspectionResult(InspectionCheck inspectionCheck, Map<String, Object> careInspectorateGrades) {
    }

    /** The procurement officer's review, as the review task hands it to the process. */
    record RegistrationReviewed(String providerReference, String decision, String decisionNotes, String reviewedBy) {
    }

    /** What the registration process starts with. */
    record RegistrationStart(String providerReference, String providerName, String organisationType, boolean sme,
            String careInspectorateNumber, String contactEmail) {
    }
}
