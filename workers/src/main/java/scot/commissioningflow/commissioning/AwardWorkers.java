package scot.commissioningflow.commissioning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessLog;

/** Ranking, the award decision with its standstill, the debrief letters, and challenges. Keyed by tender reference. */
@Component
public class AwardWorkers {

    private static final int AWARD_NOTICE_DAYS = 30;
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };
    private static final Logger log = LoggerFactory.getLogger(AwardWorkers.class);

    private final Tenders tenders;
    private final ProviderResponseRepository responses;
    private final EvaluationScoreRepository scores;
    private final AwardDecisionRepository awards;
    private final DebriefLetterRepository letters;
    private final StandstillChallengeRepository challenges;
    private final ScottishCalendar calendar;
    private final ObjectMapper json;
    private final Notifications notifications;
    private final Clock clock;

    AwardWorkers(Tenders tenders, ProviderResponseRepository responses, EvaluationScoreRepository scores,
            AwardDecisionRepository awards, DebriefLetterRepository letters,
            StandstillChallengeRepository challenges, ScottishCalendar calendar, ObjectMapper json,
            Notifications notifications, Clock clock) {
        this.tenders = tenders;
        this.responses = responses;
        this.scores = scores;
        this.awards = awards;
        this.letters = letters;
        this.challenges = challenges;
        this.calendar = calendar;
        this.json = json;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Every evaluator must have scored every response: a gap is an incident naming who has not. */
    @JobWorker(type = "rank-responses")
    @Transactional(readOnly = true)
    public Map<String, Object> rank(ActivatedJob job, @Variable String tenderReference,
            @Variable List<String> evaluators) {
        try (var ignored = ProcessLog.forJob(job)) {
            List<RankedResponse> ranking = ranking(tenders.load(tenderReference), evaluators);
            RankedResponse first = ranking.getFirst();
            return Map.of("ranking", json.convertValue(ranking, LIST),
                    "recommendedResponseId", first.responseId(),
                    "recommendedProvider", first.providerName());
        }
    }

    @JobWorker(type = "record-award-decision")
    @Transactional
    public Map<String, Object> recordAward(ActivatedJob job, @Variable String tenderReference,
            @Variable List<String> evaluators, @Variable String awardRationale, @Variable String awardDecidedBy,
            @Variable String decidedOn, @Variable boolean standstillApplies, @Variable Integer standstillDays) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = awards.findByTenderReference(tenderReference).orElse(null);
            if (award == null) {
                List<RankedResponse> ranking = ranking(tender, evaluators);
                RankedResponse winner = ranking.getFirst();
                ProviderResponse response = responses.findById(winner.responseId()).orElseThrow();
                award = awards.save(new AwardDecision(tenderReference, response.id(), response.providerReference(),
                        response.providerName(), response.contactEmail(), response.totalPrice(),
                        response.hourlyRate(), json.convertValue(ranking, LIST), awardRationale, awardDecidedBy,
                        LocalDate.parse(decidedOn), noticeDue(LocalDate.parse(decidedOn))));
                startStandstillIfDue(tender, award, standstillApplies, standstillDays);
                log.info("{} awarded to {}", tenderReference, response.providerName());
            }
            return awardVariables(award);
        }
    }

    /** Act s.12: the existing provider continues without competition, on the terms the commissioner agreed. */
    @JobWorker(type = "record-direct-award")
    @Transactional
    public Map<String, Object> recordDirectAward(ActivatedJob job, @Variable String tenderReference,
            @Variable BigDecimal agreedPrice, @Variable BigDecimal agreedHourlyRate, @Variable String awardRationale,
            @Variable String awardDecidedBy, @Variable String decidedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = awards.findByTenderReference(tenderReference).orElse(null);
            if (award == null) {
                Map<String, Object> provider = tender.existingProvider();
                award = awards.save(new AwardDecision(tenderReference, null, (String) provider.get("reference"),
                        (String) provider.get("name"), (String) provider.get("email"), agreedPrice,
                        agreedHourlyRate, List.of(), awardRationale, awardDecidedBy, LocalDate.parse(decidedOn),
                        noticeDue(LocalDate.parse(decidedOn))));
                tender.moveTo(TenderStatus.AWARD_DECIDED);
                log.info("{} directly awarded to {}", tenderReference, provider.get("name"));
            }
            return awardVariables(award);
        }
    }

    @JobWorker(type = "send-debrief-letters")
    @Transactional
    public Map<String, Object> sendDebriefs(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = awards.findByTenderReference(tenderReference).orElseThrow();
            List<RankedResponse> ranking = json.convertValue(award.ranking(), new TypeReference<>() {
            });
            Map<Long, RankedResponse> ranked = ranking.stream()
                    .collect(Collectors.toMap(RankedResponse::responseId, r -> r));
            RankedResponse winner = ranked.get(award.winningResponseId());
            Optional<String> standstillEnd = Optional.ofNullable(award.view().standstillEndsAt())
                    .map(end -> "midnight at the end of " + end.atZone(ScottishCalendar.SCOTLAND).toLocalDate()
                            .minusDays(1).format(LETTER_DATE));
            int sent = 0;
            for (ProviderResponse response : responses.findByTenderReferenceAndRoundNumberOrderById(tenderReference,
                    tender.roundNumber())) {
                if (response.id().equals(award.winningResponseId())
                        || letters.existsByTenderReferenceAndResponseId(tenderReference, response.id())) {
                    continue;
                }
                String letter = ranked.containsKey(response.id())
                        ? DebriefLetters.evaluated(tender, response, ranked.get(response.id()), winner, standstillEnd)
                        : DebriefLetters.notEvaluated(tender, response, award.winnerName(), reasonNotScored(response));
                letters.save(new DebriefLetter(tenderReference, response.id(), response.providerReference(), letter,
                        clock.instant()));
                // Sent in the same transaction: if the message cannot go, the letter is not recorded as sent and the
                // job retries; the notification key keeps a retry from sending twice.
                notifications.send(new Notification("debrief/" + tenderReference + "/" + response.id(),
                        response.providerName(), response.contactEmail(),
                        "Outcome of " + tender.title() + " (" + tenderReference + ")", letter));
                sent++;
            }
            log.info("{} debrief letters sent for {}", sent, tenderReference);
            return Map.of("debriefLettersSent", sent);
        }
    }

    @JobWorker(type = "record-challenge-outcome")
    @Transactional
    public void recordChallengeOutcome(ActivatedJob job, @Variable String tenderReference, @Variable Long challengeId,
            @Variable String challengeOutcome, @Variable String challengeReasons,
            @Variable String challengeDecidedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            StandstillChallenge challenge = challenges.findById(challengeId).orElseThrow();
            if (challenge.decided()) {
                return;
            }
            challenge.decide(challengeOutcome, challengeReasons, challengeDecidedBy);
            Tender tender = tenders.load(tenderReference);
            if ("upheld".equals(challengeOutcome)) {
                tender.cancel("Award set aside after a challenge was upheld: " + challengeReasons);
            } else {
                tender.moveTo(TenderStatus.STANDSTILL);
            }
            log.info("Challenge {} to {}: {}", challengeId, tenderReference, challengeOutcome);
        }
    }

    @JobWorker(type = "confirm-award")
    @Transactional
    public void confirmAward(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            tenders.load(tenderReference).moveTo(TenderStatus.AWARDED);
        }
    }

    private List<RankedResponse> ranking(Tender tender, List<String> evaluators) {
        List<ProviderResponse> evaluable = responses.findByTenderReferenceAndRoundNumberOrderById(tender.reference(),
                tender.roundNumber()).stream().filter(ProviderResponse::evaluable).toList();
        List<EvaluationScore> marks = scores.findByTenderReferenceOrderById(tender.reference());
        Set<Long> ids = evaluable.stream().map(ProviderResponse::id).collect(Collectors.toSet());
        for (String evaluator : evaluators) {
            Set<Long> scored = marks.stream().filter(s -> s.evaluator().equals(evaluator)
                    && s.stage() == EvaluationScore.Stage.INDIVIDUAL).map(EvaluationScore::responseId)
                    .collect(Collectors.toSet());
            if (!scored.containsAll(ids)) {
                throw new IllegalStateException("Evaluator " + evaluator + " has not scored every response to "
                        + tender.reference() + "; scores are recorded through POST /api/tenders/"
                        + tender.reference() + "/evaluations");
            }
        }
        List<EvaluationScore> counted = marks.stream().filter(s -> ids.contains(s.responseId())).toList();
        return Ranking.rank(tender.weights(), evaluable, counted);
    }

    /** The standstill runs from the day of the award decision and ends at midnight on a Scottish working day. */
    private void startStandstillIfDue(Tender tender, AwardDecision award, boolean applies, Integer days) {
        if (applies) {
            ZonedDateTime end = calendar.periodEnd(award.decidedOn(), days);
            award.standstillUntil(end.toInstant());
            tender.moveTo(TenderStatus.STANDSTILL);
        } else {
            tender.moveTo(TenderStatus.AWARD_DECIDED);
        }
    }

    private LocalDate noticeDue(LocalDate decidedOn) {
        return calendar.workingDayOnOrAfter(decidedOn.plusDays(AWARD_NOTICE_DAYS));
    }

    private static Map<String, Object> awardVariables(AwardDecision award) {
        AwardDecision.AwardView view = award.view();
        Map<String, Object> variables = new HashMap<>();
        variables.put("awardedProvider", view.winnerName());
        variables.put("awardNoticeDueOn", view.awardNoticeDueOn().toString());
        if (view.standstillEndsAt() != null) {
            variables.put("standstillEndsAt",
                    ResponsePeriodWorkers.TIMER_DATE.format(view.standstillEndsAt().atOffset(ZoneOffset.UTC)));
        }
        return variables;
    }

    private static String reasonNotScored(ProviderResponse response) {
        if (!Boolean.TRUE.equals(response.compliant())) {
            return response.view().complianceNotes();
        }
        return "it did not meet a mandatory fair-work requirement. " + response.view().fairWorkSummary();
    }
}
