package scot.commissioningflow.commissioning;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.PriceAssessment;
import scot.commissioningflow.fairwork.PriceSustainability;
import scot.commissioningflow.fairwork.ReferenceDataNotHeld;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The response period: the deadline fixed on a working day, answers shared with every interested provider, responses
 * unsealed once the deadline timer has fired, and each response checked for completeness and fair work.
 */
@Component
public class ResponsePeriodWorkers {

    /** Responses are due at noon, so that the deadline never falls at an hour people are not at work. */
    private static final LocalTime DEADLINE_TIME = LocalTime.NOON;
    static final DateTimeFormatter TIMER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** What the shared fair-work check needs answered; sleepover pay may be absent where no sleepovers are worked. */
    private static final List<String> DECLARATION_FIELDS = List.of("hourlyPayByRole", "zeroHoursContracts",
            "workerVoice", "workforceDevelopment", "genderPayGapAction", "flexibleWorkingFromDayOne", "fireAndRehire",
            "flowsDownToSubcontractors", "flowsDownToAgencyStaff");

    private static final Logger log = LoggerFactory.getLogger(ResponsePeriodWorkers.class);

    private final Tenders tenders;
    private final ScottishCalendar calendar;
    private final ClarificationRepository clarifications;
    private final TenderInterestRepository interests;
    private final ProviderResponseRepository responses;
    private final PriceSustainability prices;
    private final Notifications notifications;
    private final Clock clock;

    ResponsePeriodWorkers(Tenders tenders, ScottishCalendar calendar, ClarificationRepository clarifications,
            TenderInterestRepository interests, ProviderResponseRepository responses, PriceSustainability prices,
            Notifications notifications, Clock clock) {
        this.tenders = tenders;
        this.calendar = calendar;
        this.clarifications = clarifications;
        this.interests = interests;
        this.responses = responses;
        this.prices = prices;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The deadline is fixed from the engine's date, so the BPMN timer and the recorded deadline always agree. */
    @JobWorker(type = "open-tender-for-responses")
    @Transactional
    public Map<String, Object> open(ActivatedJob job, @Variable String tenderReference, @Variable String openedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            if (tender.status() != TenderStatus.OPEN_FOR_RESPONSES) {
                LocalDate lastDay = calendar.workingDayOnOrAfter(
                        LocalDate.parse(openedOn).plusDays(tender.responsePeriodDays()));
                tender.openForResponses(lastDay.atTime(DEADLINE_TIME).atZone(ScottishCalendar.SCOTLAND).toInstant());
                log.info("{} open for responses until {}", tenderReference, tender.responseDeadline());
            }
            return Map.of("responseDeadline",
                    TIMER_DATE.format(tender.responseDeadline().atOffset(ZoneOffset.UTC)));
        }
    }

    @JobWorker(type = "share-clarification-answer")
    @Transactional
    public Map<String, Object> shareAnswer(ActivatedJob job, @Variable String tenderReference,
            @Variable Long clarificationId, @Variable String clarificationAnswer, @Variable String answeredBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            Clarification clarification = clarifications.findByIdAndTenderReference(clarificationId, tenderReference)
                    .orElseThrow(() -> new IllegalStateException("No clarification " + clarificationId));
            if (!clarification.shared()) {
                clarification.answer(clarificationAnswer, answeredBy, clock.instant());
                List<TenderInterest> interested = interests.findByTenderReferenceOrderByRegisteredAt(tenderReference);
                Tender tender = tenders.load(tenderReference);
                for (TenderInterest provider : interested) {
                    // Keyed per provider and question, so a redelivered job tells nobody twice.
                    notifications.send(new Notification(
                            "clarification/" + tenderReference + "/" + clarificationId + "/"
                                    + provider.providerReference(),
                            provider.providerName(), provider.contactEmail(),
                            "Clarification for " + tender.title() + " (" + tenderReference + ")",
                            "Question: " + clarification.question() + "\n\nAnswer: " + clarificationAnswer
                                    + "\n\nEvery provider who registered interest receives this answer; who asked"
                                    + " is not shared."));
                }
                List<String> everyone = interested.stream().map(TenderInterest::providerReference).toList();
                clarification.shareWith(everyone);
                log.info("Clarification {} answered and shared with {} providers", clarificationId, everyone.size());
            }
            return Map.of("sharedWith", clarification.view().sharedWith().size());
        }
    }

    @JobWorker(type = "close-and-unseal-responses")
    @Transactional
    public Map<String, Object> closeAndUnseal(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            if (tender.status() == TenderStatus.OPEN_FOR_RESPONSES) {
                tender.responseDeadlinePassed();
            }
            int count = responses.findByTenderReferenceAndRoundNumberOrderById(tenderReference,
                    tender.roundNumber()).size();
            log.info("Response deadline for {} passed: {} responses unsealed", tenderReference, count);
            return Map.of("responseCount", count);
        }
    }

    /** A response missing part of its fair-work declaration cannot be checked or held to it, so it is not compliant. */
    @JobWorker(type = "check-response-compliance")
    @Transactional
    public Map<String, Object> checkCompliance(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            List<Map<String, Object>> compliant = new ArrayList<>();
            for (ProviderResponse response : responses.findByTenderReferenceAndRoundNumberOrderById(tenderReference,
                    tender.roundNumber())) {
                List<String> missing = DECLARATION_FIELDS.stream()
                        .filter(field -> blank(response.fairWorkDeclaration().get(field))).toList();
                if (response.compliant() == null) {
                    response.recordCompliance(missing.isEmpty(), missing.isEmpty()
                            ? "Complete: price, quality statement, outcomes approach and fair-work declaration given. "
                                    + priceNote(response.hourlyRate(), tender.contractStartDate())
                            : "The fair-work declaration does not answer " + String.join(", ", missing) + ".");
                }
                if (Boolean.TRUE.equals(response.compliant())) {
                    Map<String, Object> item = new HashMap<>();
                    item.put("responseId", response.id());
                    item.put("providerName", response.providerName());
                    item.put("fairWorkCheckKey", tenderReference + "-R" + tender.roundNumber() + "-" + response.id());
                    item.put("fairWorkDeclaration", response.fairWorkDeclaration());
                    compliant.add(item);
                }
            }
            if (compliant.isEmpty()) {
                tender.noCompliantResponses();
            }
            return Map.of("compliantResponses", compliant, "compliantCount", compliant.size());
        }
    }

    @JobWorker(type = "record-fair-work-result")
    @Transactional
    public void recordFairWork(ActivatedJob job, @Variable Map<String, Object> response,
            @Variable String fairWorkOutcome, @Variable String fairWorkSummary) {
        try (var ignored = ProcessLog.forJob(job)) {
            long id = ((Number) response.get("responseId")).longValue();
            responses.findById(id).orElseThrow(() -> new IllegalStateException("No response " + id))
                    .recordFairWork(fairWorkOutcome, fairWorkSummary);
            log.info("Fair-work check of response {}: {}", id, fairWorkOutcome);
        }
    }

    /** Responses that failed a mandatory fair-work criterion are set aside; the rest go to the evaluators. */
    @JobWorker(type = "shortlist-evaluable-responses")
    @Transactional
    public Map<String, Object> shortlist(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            List<Map<String, Object>> evaluable = responses.findByTenderReferenceAndRoundNumberOrderById(
                    tenderReference, tender.roundNumber()).stream().filter(ProviderResponse::evaluable)
                    .map(r -> Map.<String, Object>of("responseId", r.id(), "providerName", r.providerName(),
                            "totalPrice", r.totalPrice(), "fairWorkOutcome", String.valueOf(r.fairWorkOutcome())))
                    .toList();
            if (evaluable.isEmpty()) {
                tender.noCompliantResponses();
            }
            return Map.of("evaluableResponses", evaluable, "evaluableCount", evaluable.size());
        }
    }

    /** Idempotent through the tender's status: the decision applies only while the tender is waiting for it. */
    @JobWorker(type = "record-no-compliant-decision")
    @Transactional
    public void recordNextStep(ActivatedJob job, @Variable String tenderReference, @Variable String nextStep,
            @Variable String nextStepReasons) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            if (tender.status() != TenderStatus.NO_COMPLIANT_RESPONSES) {
                return;
            }
            if ("retender".equals(nextStep)) {
                tender.retender();
            } else {
                tender.cancel("No compliant responses: " + nextStepReasons);
            }
            log.info("No compliant responses to {}: {}", tenderReference, nextStep);
        }
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

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank()
                || (value instanceof Map<?, ?> map && map.isEmpty());
    }
}
