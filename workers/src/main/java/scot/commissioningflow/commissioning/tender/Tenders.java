package scot.commissioningflow.commissioning.tender;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Tenders as commissioners create and follow them, the start of each tender's process, and every change of a tender's
 * record the other stages make (route, notice, response period, award, contract), each in the caller's transaction.
 */
@Service
public class Tenders {

    private final TenderRepository tenders;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    Tenders(TenderRepository tenders, ProcessEngine engine, AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the tender process starts with. */
    record TenderStart(String tenderReference, String title, String serviceType, BigDecimal estimatedValueExVat,
            BigDecimal estimatedValueIncVat, boolean existingService, String continuityDecision,
            String contractStartDate, List<String> evaluators, String commissionerName, String commissionerEmail,
            String existingProviderName) {

        /** From the tender as recorded: the same at the start and when a lost process is resumed. */
        static TenderStart of(TenderView tender) {
            return new TenderStart(tender.reference(), tender.title(), tender.serviceType().name(),
                    tender.estimatedValueExVat(), tender.estimatedValueIncVat(), tender.existingService(),
                    tender.continuityDecision().name(), tender.contractStartDate().toString(), tender.evaluators(),
                    tender.commissionerName(), tender.commissionerEmail(),
                    tender.existingProvider() == null ? null : tender.existingProvider().name());
        }
    }

    /**
     * Records the need and starts its tender process; refuses weightings and participation the rules do not allow.
     * The commissioner's own council becomes the tender's buyer, whose staff alone act on it from then on.
     */
    @Transactional
    public TenderView create(TenderRequest request, SignedInPerson commissioner) {
        return create(request, commissioner, null);
    }

    /** A commissioner's deployed tender model, by process id and the version a tender starts on. */
    public record ModelVersion(String bpmnProcessId, int version) {
    }

    /**
     * As {@link #create(TenderRequest, SignedInPerson)}, run by a tender model a commissioner deployed
     * (commissioning.models checked it takes the same start variables), which the tender remembers so that it
     * resumes on that model; the product's own process when the model is null.
     */
    @Transactional
    public TenderView create(TenderRequest request, SignedInPerson commissioner, ModelVersion model) {
        String bpmnProcessId = model == null ? TenderProcess.PROCESS_ID : model.bpmnProcessId();
        if (commissioner.organisation() == null) {
            throw new Refused("Your sign-in names no council, so a tender you record would have no buyer; ask your"
                    + " administrator to set your organisation.");
        }
        validate(request);
        String reference = "TND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Tender tender = tenders.save(new Tender(reference, request, commissioner.username(),
                commissioner.organisation(), clock.instant()));
        if (model != null) {
            tender.runsOnModel(model.bpmnProcessId(), model.version());
        }
        long processInstanceKey = engine.start(bpmnProcessId, reference, TenderStart.of(tender.view()));
        tender.started(processInstanceKey);
        audit.record(commissioner, AuditEntry.of("tender.created", "tender", reference, "Need \"" + request.title()
                + "\" recorded for " + commissioner.organisation() + ", estimated at " + request.estimatedValueExVat()
                + " excluding VAT; its tender process started"
                + (TenderProcess.PROCESS_ID.equals(bpmnProcessId) ? "" : " from the model " + bpmnProcessId) + ".")
                .inProcess(processInstanceKey));
        return tender.view();
    }

    /** A tender as the buyer's own staff follow it; anyone else is refused. */
    @Transactional(readOnly = true)
    public TenderView get(String reference, SignedInPerson person) {
        TenderView tender = get(reference);
        TenderAccess.requireBuyerStaff(person, tender, "follow it");
        return tender;
    }

    /** The tender record for the other stages, which decide access themselves through {@link TenderAccess}. */
    @Transactional(readOnly = true)
    public TenderView get(String reference) {
        return load(reference).view();
    }

    /** Every tender this person's council is buying through, newest first (the portal's tender list). */
    @Transactional(readOnly = true)
    public List<TenderView> forBuyerStaff(SignedInPerson person) {
        if (person.organisation() == null || person.has(Role.PROVIDER_USER)) {
            return List.of();
        }
        return tenders.findByBuyerOrganisationOrderByCreatedAtDesc(person.organisation()).stream().map(Tender::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TenderView> allOpenForResponses() {
        return tenders.findByStatusOrderByResponseDeadline(TenderStatus.OPEN_FOR_RESPONSES).stream()
                .map(Tender::view).toList();
    }

    @Transactional
    public void recordContinuity(String reference, ContinuityDecision decision, String reasons, String peopleTold) {
        load(reference).recordContinuity(decision, reasons, peopleTold);
    }

    @Transactional
    public TenderView routeChosen(String reference, ProcurementRoute route, String noticeDuty,
            Integer standstillDays) {
        Tender tender = load(reference);
        tender.routeChosen(route, noticeDuty, standstillDays);
        return tender.view();
    }

    @Transactional
    public void contractNoticePublished(String reference, String noticeId) {
        load(reference).contractNoticePublished(noticeId);
    }

    /** Fixes the deadline once: a redelivered job finds the tender open and keeps the deadline it has. */
    @Transactional
    public Instant openForResponses(String reference, Instant deadline) {
        Tender tender = load(reference);
        if (tender.status() != TenderStatus.OPEN_FOR_RESPONSES) {
            tender.openForResponses(deadline);
        }
        return tender.responseDeadline();
    }

    @Transactional
    public TenderView responseDeadlinePassed(String reference) {
        Tender tender = load(reference);
        if (tender.status() == TenderStatus.OPEN_FOR_RESPONSES) {
            tender.responseDeadlinePassed();
        }
        return tender.view();
    }

    @Transactional
    public void noCompliantResponses(String reference) {
        load(reference).noCompliantResponses();
    }

    /** Applies only while the tender waits for that decision, so a redelivered job changes nothing. */
    @Transactional
    public void retenderOrCancel(String reference, boolean retender, String reasons) {
        Tender tender = load(reference);
        if (tender.status() != TenderStatus.NO_COMPLIANT_RESPONSES) {
            return;
        }
        if (retender) {
            tender.retender();
        } else {
            tender.cancel("No compliant responses: " + reasons);
        }
    }

    @Transactional
    public void moveTo(String reference, TenderStatus next) {
        load(reference).moveTo(next);
    }

    @Transactional
    public void cancel(String reference, String reason) {
        load(reference).cancel(reason);
    }

    private Tender load(String reference) {
        return tenders.findByReference(reference)
                .orElseThrow(() -> new NotFound("There is no tender with reference " + reference + "."));
    }

    private static void validate(TenderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        TenderRequest.Weights weights = request.weights();
        if (weights.total() != 100) {
            problems.add(new FieldProblem("weights", "weights must add up to 100 but quality " + weights.quality()
                    + " + price " + weights.price() + " + fair work " + weights.fairWork() + " make "
                    + weights.total()));
        }
        if (weights.quality() == 0) {
            problems.add(new FieldProblem("weights.quality", "weights.quality must be more than 0: the most"
                    + " economically advantageous tender cannot be judged on price alone"));
        }
        if (request.serviceType() == ServiceType.SOCIAL_CARE && weights.fairWork() == 0) {
            problems.add(new FieldProblem("weights.fairWork", "weights.fairWork must be more than 0 for care and"
                    + " support: fair work is a weighted award criterion"));
        }
        if (request.estimatedValueIncVat().compareTo(request.estimatedValueExVat()) < 0) {
            problems.add(new FieldProblem("estimatedValueIncVat",
                    "estimatedValueIncVat cannot be less than estimatedValueExVat"));
        }
        if (request.existingService() && request.existingProvider() == null) {
            problems.add(new FieldProblem("existingProvider",
                    "existingProvider is required for an existing service, so its continuity can be decided"));
        }
        boolean peopleInvolved = request.coProduction().stream().anyMatch(c ->
                c.who() == TenderRequest.Participant.SUPPORTED_PEOPLE
                        || c.who() == TenderRequest.Participant.UNPAID_CARERS);
        if (request.serviceType() == ServiceType.SOCIAL_CARE && !peopleInvolved) {
            problems.add(new FieldProblem("coProduction", "coProduction must show how supported people or unpaid"
                    + " carers shaped the need and outcomes"));
        }
        if (request.evaluators().stream().distinct().count() != request.evaluators().size()) {
            problems.add(new FieldProblem("evaluators", "evaluators must name each evaluator once"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
