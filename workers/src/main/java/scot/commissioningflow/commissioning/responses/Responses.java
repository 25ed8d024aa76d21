package scot.commissioningflow.commissioning.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.ScottishCalendar;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.PriceAssessment;
import scot.commissioningflow.fairwork.PriceSustainability;
import scot.commissioningflow.fairwork.ReferenceDataNotHeld;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * The response period and the responses it gathers: the deadline fixed on a working day, responses unsealed once the
 * deadline timer has fired, each checked for completeness and fair work, and those fit to evaluate shortlisted.
 */
@Service
public class Responses {

    /** Responses are due at noon, so that the deadline never falls at an hour people are not at work. */
    private static final LocalTime DEADLINE_TIME = LocalTime.NOON;
    private static final Logger log = LoggerFactory.getLogger(Responses.class);

    private final Tenders tenders;
    private final ProviderResponseRepository responses;
    private final ScottishCalendar calendar;
    private final PriceSustainability prices;
    private final AuditTrail audit;

    Responses(Tenders tenders, ProviderResponseRepository responses, ScottishCalendar calendar,
            PriceSustainability prices, AuditTrail audit) {
        this.tenders = tenders;
        this.responses = responses;
        this.calendar = calendar;
        this.prices = prices;
        this.audit = audit;
    }

    /**
     * The responses of the current round, readable only once the deadline has passed and responses are opened: every
     * response for the buyer's staff, its own for a provider user.
     */
    @Transactional(readOnly = true)
    public List<ResponseView> opened(String reference, SignedInPerson person) {
        TenderView tender = tenders.get(reference);
        TenderAccess.Reader reader = TenderAccess.reader(person, tender, "responses");
        TenderAccess.requireResponsesOpened(tender);
        return ofCurrentRound(reference).stream().filter(r -> reader.sees(r.providerReference())).toList();
    }

    /** Every response to the current round, for the stages after the deadline; no sealing check. */
    @Transactional(readOnly = true)
    public List<ResponseView> ofCurrentRound(String reference) {
        return current(tenders.get(reference)).stream().map(ProviderResponse::view).toList();
    }

    @Transactional(readOnly = true)
    public ResponseView response(long id) {
        return load(id).view();
    }

    /** The declaration of a response found complete, in the one shape the fair-work check and the contract read. */
    @Transactional(readOnly = true)
    public FairWorkDeclaration declaration(long responseId) {
        return load(responseId).declaration();
    }

    /** The deadline is fixed from the engine's date, so the BPMN timer and the recorded deadline always agree. */
    @Transactional
    String open(String reference, LocalDate openedOn) {
        TenderView tender = tenders.get(reference);
        LocalDate lastDay = calendar.workingDayOnOrAfter(openedOn.plusDays(tender.responsePeriodDays()));
        var deadline = tenders.openForResponses(reference,
                lastDay.atTime(DEADLINE_TIME).atZone(ScottishCalendar.SCOTLAND).toInstant());
        log.info("{} open for responses until {}", reference, deadline);
        return TenderProcess.timerDate(deadline);
    }

    @Transactional
    int closeAndUnseal(String reference) {
        boolean open = tenders.get(reference).status() == TenderStatus.OPEN_FOR_RESPONSES;
        TenderView tender = tenders.responseDeadlinePassed(reference);
        int count = current(tender).size();
        if (!open) {
            // A redelivered job: the responses were opened, and the trail says so once.
            return count;
        }
        audit.recordBySystem("response-deadline", AuditEntry.of("tender.responses-opened", "tender", reference,
                count + " responses to round " + tender.roundNumber() + " opened when the response deadline "
                        + tender.responseDeadline() + " passed, for the tender " + tender.createdBy() + " started.")
                .inProcess(tender.processInstanceKey()));
        log.info("Response deadline for {} passed: {} responses unsealed", reference, count);
        return count;
    }

    /** A response missing part of its fair-work declaration cannot be checked or held to it, so it is not compliant. */
    @Transactional
    List<CompliantResponse> checkCompliance(String reference) {
        TenderView tender = tenders.get(reference);
        List<CompliantResponse> compliant = new ArrayList<>();
        for (ProviderResponse response : current(tender)) {
            if (response.compliant() == null) {
                Optional<String> problem = DeclarationAsGiven.problem(response.fairWorkDeclaration());
                response.recordCompliance(problem.isEmpty(), problem.orElseGet(() ->
                        "Complete: price, quality statement, outcomes approach and fair-work declaration given. "
                                + priceNote(response.hourlyRate(), tender.contractStartDate())));
            }
            if (Boolean.TRUE.equals(response.compliant())) {
                compliant.add(new CompliantResponse(response.id(), response.providerName(),
                        reference + "-R" + tender.roundNumber() + "-" + response.id(), response.declaration()));
            }
        }
        if (compliant.isEmpty()) {
            tenders.noCompliantResponses(reference);
        }
        return compliant;
    }

    @Transactional
    void recordFairWork(long responseId, String outcome, String summary) {
        load(responseId).recordFairWork(outcome, summary);
        log.info("Fair-work check of response {}: {}", responseId, outcome);
    }

    /** Responses that failed a mandatory fair-work criterion are set aside; the rest go to the evaluators. */
    @Transactional
    List<EvaluableResponse> shortlist(String reference) {
        List<EvaluableResponse> evaluable = current(tenders.get(reference)).stream()
                .map(ProviderResponse::view).filter(ResponseView::evaluable)
                .map(r -> new EvaluableResponse(r.id(), r.providerName(), r.totalPrice(),
                        String.valueOf(r.fairWorkOutcome())))
                .toList();
        if (evaluable.isEmpty()) {
            tenders.noCompliantResponses(reference);
        }
        return evaluable;
    }

    private ProviderResponse load(long id) {
        return responses.findById(id).orElseThrow(() -> new IllegalStateException("No response " + id));
    }

    private List<ProviderResponse> current(TenderView tender) {
        return responses.findByTenderReferenceAndRoundNumberOrderById(tender.reference(), tender.roundNumber());
    }

    /**
     * An abnormally low price is not a reason to reject a response unheard: the provider is asked to explain it
     * (2015 Regulations, reg 69), so the finding goes to the evaluators with the arithmetic behind it.
     */
    private String priceNote(BigDecimal hourlyRate, LocalDate contractStart) {
        try {
            PriceAssessment assessment = prices.assess(hourlyRate, contractStart);
            return assessment.abnormallyLow()
                    ? "The hourly rate is abnormally low: " + assessment.explanation()
                            + " Ask the provider to explain it before award."
                    : "The hourly rate can sustain the pay floor and its on-costs.";
        } catch (ReferenceDataNotHeld e) {
            return "Price sustainability could not be assessed: " + e.getMessage();
        }
    }
}
