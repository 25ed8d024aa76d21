package scot.commissioningflow.commissioning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.Clarification.ClarificationView;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;

/**
 * What providers see and do while a tender is open: the opportunity itself, interest, clarification questions and
 * the answers everyone receives, and responses that stay sealed until the deadline has passed.
 */
@Service
public class Opportunities {

    static final String CLARIFICATION_ASKED = "tender-clarification-asked";

    private final Tenders tenders;
    private final TenderRepository tenderRepository;
    private final TenderInterestRepository interests;
    private final ClarificationRepository clarifications;
    private final ProviderResponseRepository responses;
    private final ProcessEngine engine;
    private final Clock clock;

    Opportunities(Tenders tenders, TenderRepository tenderRepository, TenderInterestRepository interests,
            ClarificationRepository clarifications, ProviderResponseRepository responses, ProcessEngine engine,
            Clock clock) {
        this.tenders = tenders;
        this.tenderRepository = tenderRepository;
        this.interests = interests;
        this.clarifications = clarifications;
        this.responses = responses;
        this.engine = engine;
        this.clock = clock;
    }

    public record Opportunity(String reference, String title, String needDescription, ServiceType serviceType,
            java.math.BigDecimal estimatedValueExVat, java.time.LocalDate contractStartDate, int contractMonths,
            List<Map<String, Object>> outcomes, AwardWeights weights, ProcurementRoute procurementRoute, Instant responseDeadline,
            List<PublishedAnswer> clarifications) {
    }

    /** A clarification as every provider sees it: who asked is not shown. */
    public record PublishedAnswer(String question, String answer, Instant answeredAt) {
    }

    public record Interest(String providerReference, String providerName, String contactEmail) {
    }

    public record Receipt(Long responseId, String tenderReference, Instant submittedAt, Instant responseDeadline,
            String message) {
    }

    @Transactional(readOnly = true)
    public List<Opportunity> open() {
        return tenderRepository.findByStatusOrderByResponseDeadline(TenderStatus.OPEN_FOR_RESPONSES).stream()
                .map(this::opportunity).toList();
    }

    @Transactional(readOnly = true)
    public Opportunity get(String reference) {
        return opportunity(tenders.load(reference));
    }

    @Transactional
    public void registerInterest(String reference, Interest interest) {
        Tender tender = tenders.load(reference);
        requireOpen(tender, "register interest");
        if (!interests.existsByTenderReferenceAndProviderReference(reference, interest.providerReference())) {
            interests.save(new TenderInterest(reference, interest.providerReference(), interest.providerName(),
                    interest.contactEmail(), clock.instant()));
        }
    }

    /** Records the question and hands it to the tender's process, where the commissioner answers it. */
    @Transactional
    public ClarificationView ask(String reference, String providerReference, String question) {
        Tender tender = tenders.load(reference);
        requireOpen(tender, "ask a clarification question");
        if (!interests.existsByTenderReferenceAndProviderReference(reference, providerReference)) {
            throw new Conflict("Provider " + providerReference + " has not registered interest in " + reference
                    + "; register interest first so that you receive every answer.");
        }
        Clarification clarification = clarifications.save(
                new Clarification(reference, providerReference, question, clock.instant()));
        engine.correlate(CLARIFICATION_ASKED, reference, Map.of(
                "clarificationId", clarification.id(), "clarificationQuestion", question));
        return clarification.view();
    }

    /** Refuses a response once the deadline has passed, or when the tender is not open; otherwise seals it away. */
    @Transactional
    public Receipt respond(String reference, ResponseRequest request, String submittedBy) {
        Tender tender = tenders.load(reference);
        if (!tender.status().acceptsResponses()) {
            if (tender.responseDeadline() != null && tender.status() != TenderStatus.ROUTE_CHOSEN) {
                throw new Conflict("The response deadline for " + reference + " passed at "
                        + tender.responseDeadline() + "; late responses cannot be accepted.");
            }
            throw new Conflict("Tender " + reference + " is not open for responses (it is "
                    + tender.status().name().toLowerCase().replace('_', ' ') + ").");
        }
        if (responses.findByTenderReferenceAndRoundNumberAndProviderReference(reference, tender.roundNumber(),
                request.providerReference()).isPresent()) {
            throw new Conflict("Provider " + request.providerReference() + " has already responded to " + reference
                    + "; one response per provider is accepted.");
        }
        ProviderResponse response = responses.save(new ProviderResponse(reference, tender.roundNumber(), request,
                submittedBy, request.fairWorkDeclaration(), clock.instant()));
        return new Receipt(response.id(), reference, response.view().submittedAt(), tender.responseDeadline(),
                "Your response is sealed: no one, the commissioner included, can read it before the deadline.");
    }

    private Opportunity opportunity(Tender tender) {
        TenderView view = tender.view();
        List<PublishedAnswer> answered = clarifications.findByTenderReferenceOrderByAskedAt(tender.reference())
                .stream().filter(Clarification::shared).map(Clarification::view)
                .map(c -> new PublishedAnswer(c.question(), c.answer(), c.answeredAt())).toList();
        return new Opportunity(view.reference(), view.title(), view.needDescription(), view.serviceType(),
                view.estimatedValueExVat(), view.contractStartDate(), view.contractMonths(), view.outcomes(),
                view.weights(), view.procurementRoute(), view.responseDeadline(), answered);
    }

    private static void requireOpen(Tender tender, String action) {
        if (!tender.status().acceptsResponses()) {
            throw new Conflict("You cannot " + action + " for " + tender.reference() + " now: it is "
                    + tender.status().name().toLowerCase().replace('_', ' ') + ".");
        }
    }
}
