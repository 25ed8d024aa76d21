package scot.commissioningflow.commissioning.responses;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.clarifications.Clarifications;
import scot.commissioningflow.commissioning.clarifications.Clarifications.PublishedAnswer;
import scot.commissioningflow.commissioning.tender.AwardWeights;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.ServiceType;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;

/**
 * What providers see and do while a tender is open: the opportunity with every answer given so far, and responses,
 * which stay sealed until the deadline has passed.
 */
@Service
public class Opportunities {

    private final Tenders tenders;
    private final Clarifications clarifications;
    private final ProviderResponseRepository responses;
    private final AuditTrail audit;
    private final Clock clock;

    Opportunities(Tenders tenders, Clarifications clarifications, ProviderResponseRepository responses,
            AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.clarifications = clarifications;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    public record Opportunity(String reference, String title, String needDescription, ServiceType serviceType,
            BigDecimal estimatedValueExVat, LocalDate contractStartDate, int contractMonths,
            List<Outcome> outcomes, AwardWeights weights, ProcurementRoute procurementRoute,
            Instant responseDeadline, List<PublishedAnswer> clarifications) {
    }

    public record Receipt(Long responseId, String tenderReference, Instant submittedAt, Instant responseDeadline,
            String message) {
    }

    @Transactional(readOnly = true)
    public List<Opportunity> open() {
        return tenders.allOpenForResponses().stream().map(this::opportunity).toList();
    }

    @Transactional(readOnly = true)
    public Opportunity get(String reference) {
        return opportunity(tenders.get(reference));
    }

    /**
     * Refuses a response from anyone but a user of the provider it names, once the deadline has passed by the clock,
     * or when the tender is not open.
     */
    @Transactional
    public Receipt respond(String reference, ResponseRequest request, SignedInPerson submittedBy) {
        TenderAccess.requireActsFor(submittedBy, request.providerReference(), "respond to " + reference);
        TenderView tender = tenders.get(reference);
        Instant now = clock.instant();
        ResponseWindow.requireOpen(reference, tender.status(), tender.responseDeadline(), now);
        if (responses.findByTenderReferenceAndRoundNumberAndProviderReference(reference, tender.roundNumber(),
                request.providerReference()).isPresent()) {
            throw new Conflict("Provider " + request.providerReference() + " has already responded to " + reference
                    + "; one response per provider is accepted.");
        }
        ProviderResponse response = responses.save(new ProviderResponse(reference, tender.roundNumber(), request,
                submittedBy.username(), request.fairWorkDeclaration(), now));
        // The trail says that a response arrived and from whom, never what it offers: it is sealed.
        audit.record(submittedBy, AuditEntry.of("tender.response-received", "tender", reference, "Response "
                + response.id() + " from " + request.providerName() + " (" + request.providerReference()
                + ") received in round " + tender.roundNumber() + ", sealed until " + tender.responseDeadline() + ".")
                .inProcess(tender.processInstanceKey()));
        return new Receipt(response.id(), reference, now, tender.responseDeadline(),
                "Your response is sealed: no one, the commissioner included, can read it before the deadline.");
    }

    /**
     * The receipt of this provider user's own response in the tender's current round, if they have sent one: when it
     * arrived, never what it says (the portal's opportunity page shows it sealed).
     */
    @Transactional(readOnly = true)
    public Optional<Receipt> ownResponse(String reference, SignedInPerson person) {
        TenderView tender = tenders.get(reference);
        if (!person.actsForProvider(person.organisation())) {
            return Optional.empty();
        }
        return responses.findByTenderReferenceAndRoundNumberAndProviderReference(reference, tender.roundNumber(),
                person.organisation()).map(ProviderResponse::view).map(response -> new Receipt(response.id(), reference,
                response.submittedAt(), tender.responseDeadline(), tender.status().responsesSealed()
                        ? "Your response is sealed: no one, the commissioner included, can read it before the deadline."
                        : "The deadline has passed and responses have been opened for evaluation."));
    }

    private Opportunity opportunity(TenderView tender) {
        return new Opportunity(tender.reference(), tender.title(), tender.needDescription(), tender.serviceType(),
                tender.estimatedValueExVat(), tender.contractStartDate(), tender.contractMonths(), tender.outcomes(),
                tender.weights(), tender.procurementRoute(), tender.responseDeadline(),
                clarifications.published(tender.reference()));
    }
}
