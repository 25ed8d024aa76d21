package scot.commissioningflow.commissioning.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.ScottishCalendar;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.award.DebriefLetter.LetterView;
import scot.commissioningflow.commissioning.evaluation.Evaluation;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderRequest.ExistingProvider;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * The award decision and the duties that run from it: the standstill, the award notice's due date, the letters that
 * explain the decision to every unsuccessful provider, and the contract's outcome on the award.
 */
@Service
public class Awards {

    private static final Logger log = LoggerFactory.getLogger(Awards.class);

    private final Tenders tenders;
    private final Responses responses;
    private final Evaluation evaluation;
    private final AwardDecisionRepository awards;
    private final DebriefLetterRepository letters;
    private final ScottishCalendar calendar;
    private final Notifications notifications;
    private final TaskInbox inbox;
    private final AuditTrail audit;
    private final Clock clock;

    Awards(Tenders tenders, Responses responses, Evaluation evaluation, AwardDecisionRepository awards,
            DebriefLetterRepository letters, ScottishCalendar calendar, Notifications notifications, TaskInbox inbox,
            AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.responses = responses;
        this.evaluation = evaluation;
        this.awards = awards;
        this.letters = letters;
        this.calendar = calendar;
        this.notifications = notifications;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A commissioner of the buying council approves the recommended award, or sends it back to moderation for new
     * scores; either way the decision and its rationale go into the trail.
     */
    @Transactional
    public TaskView decide(String reference, boolean approve, String rationale, SignedInPerson commissioner) {
        TenderView tender = tenders.get(reference);
        TenderAccess.requireBuyerStaff(commissioner, tender, "decide its award");
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference).atElement(TenderProcess.DECIDE_AWARD))
                .stream().findFirst().orElseThrow(() -> new Conflict("Tender " + reference + " has no award waiting"
                        + " for a decision."));
        audit.record(commissioner, AuditEntry.of("tender.award-decided", "tender", reference, (approve
                ? "Approved the recommended award to " + task.variables().get("recommendedProvider") + ": "
                : "Sent the recommended award to " + task.variables().get("recommendedProvider")
                        + " back to moderation: ") + rationale).inProcess(tender.processInstanceKey()));
        return inbox.complete(task.taskKey(), new AwardDecided(approve, rationale), commissioner.username());
    }

    /**
     * Where the award stands for the buying council's staff: the recommendation waiting for a commissioner's decision
     * (ranked again now, as the decision would record it), and the award once decided.
     */
    @Transactional(readOnly = true)
    public AwardStanding standing(String reference, SignedInPerson person) {
        TenderView tender = tenders.get(reference);
        TenderAccess.requireBuyerStaff(person, tender, "read its award and ranking");
        Recommendation waiting = inbox.find(TaskQuery.open().forBusinessKey(reference)
                        .atElement(TenderProcess.DECIDE_AWARD)).stream().findFirst()
                .map(task -> new Recommendation(evaluation.ranking(reference, evaluatorsOf(task)),
                        (String) task.variables().get("priceExplanation")))
                .orElse(null);
        return new AwardStanding(tender, waiting, awards.findByTenderReference(reference).map(AwardDecision::view)
                .orElse(null));
    }

    /** The evaluators the tender assigned, as its process holds them. */
    private static List<String> evaluatorsOf(TaskView task) {
        return task.variables().get("evaluators") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * @param waiting the recommendation a commissioner is to decide, or null when none waits
     * @param decided the award once decided, or null before
     */
    public record AwardStanding(TenderView tender, Recommendation waiting, AwardView decided) {
    }

    /**
     * @param ranking          every scored response, the recommended one first
     * @param priceExplanation why the award came back after the price check, when it did
     */
    public record Recommendation(List<RankedResponse> ranking, String priceExplanation) {

        public RankedResponse recommended() {
            return ranking.getFirst();
        }
    }

    /** The award with every provider's ranking: for the buying council's staff only. */
    @Transactional(readOnly = true)
    public AwardView award(String reference, SignedInPerson person) {
        TenderAccess.requireBuyerStaff(person, tenders.get(reference), "read its award and ranking");
        return award(reference);
    }

    /** The award for the stages after it (notices, the contract), which no person calls directly. */
    @Transactional(readOnly = true)
    public AwardView award(String reference) {
        tenders.get(reference);
        return awards.findByTenderReference(reference).map(AwardDecision::view)
                .orElseThrow(() -> new NotFound("Tender " + reference + " has not been awarded yet."));
    }

    /** Every debrief letter for the buying council's staff; a provider reads only the letter written to it. */
    @Transactional(readOnly = true)
    public List<LetterView> letters(String reference, SignedInPerson person) {
        TenderAccess.Reader reader = TenderAccess.reader(person, tenders.get(reference), "debrief letters");
        return letters.findByTenderReferenceOrderById(reference).stream().map(DebriefLetter::view)
                .filter(letter -> reader.sees(letter.providerReference())).toList();
    }

    /** Ranks again at the moment of decision, so the award follows the scores as they stand. Once per tender. */
    @Transactional
    AwardMade recordAward(AwardApproved approved) {
        String reference = approved.tenderReference();
        AwardDecision award = awards.findByTenderReference(reference).orElse(null);
        if (award == null) {
            List<RankedResponse> ranking = evaluation.ranking(reference, approved.evaluators());
            ResponseView winner = responses.response(ranking.getFirst().responseId());
            award = awards.save(new AwardDecision(reference, winner.id(), winner.providerReference(),
                    winner.providerName(), winner.contactEmail(), winner.totalPrice(), winner.hourlyRate(), ranking,
                    approved.awardRationale(), approved.awardDecidedBy(), approved.decidedOn(),
                    noticeDue(approved.decidedOn())));
            if (approved.standstillApplies()) {
                // The standstill runs from the day of the decision and ends at midnight on a Scottish working day.
                award.standstillUntil(calendar.periodEnd(approved.decidedOn(), approved.standstillDays()).toInstant());
                tenders.moveTo(reference, TenderStatus.STANDSTILL);
            } else {
                tenders.moveTo(reference, TenderStatus.AWARD_DECIDED);
            }
            log.info("{} awarded to {}", reference, winner.providerName());
        }
        return made(award);
    }

    /** The existing provider continues without competition, on the terms the commissioner agreed. Once per tender. */
    @Transactional
    AwardMade recordDirectAward(DirectAwardConfirmed confirmed) {
        String reference = confirmed.tenderReference();
        AwardDecision award = awards.findByTenderReference(reference).orElse(null);
        if (award == null) {
            ExistingProvider provider = tenders.get(reference).existingProvider();
            award = awards.save(new AwardDecision(reference, null, provider.reference(), provider.name(),
                    provider.email(), confirmed.agreedPrice(), confirmed.agreedHourlyRate(), List.of(),
                    confirmed.awardRationale(), confirmed.awardDecidedBy(), confirmed.decidedOn(),
                    noticeDue(confirmed.decidedOn())));
            tenders.moveTo(reference, TenderStatus.AWARD_DECIDED);
            audit.recordBySystem("direct-award", AuditEntry.of("tender.direct-award-recorded", "tender", reference,
                    "Direct award to " + provider.name() + " (" + provider.reference() + ") at "
                            + confirmed.agreedPrice() + ", decided by " + confirmed.awardDecidedBy() + ": "
                            + confirmed.awardRationale()).inProcess(tenders.get(reference).processInstanceKey()));
            log.info("{} directly awarded to {}", reference, provider.name());
        }
        return made(award);
    }

    /**
     * One letter to every provider who responded and did not win, each sent in the transaction that records it: if
     * the message cannot go, the letter is not recorded as sent and the job retries; the notification key keeps a
     * retry from sending twice.
     */
    @Transactional
    int sendDebriefLetters(String reference) {
        TenderView tender = tenders.get(reference);
        AwardView award = award(reference);
        Map<Long, RankedResponse> ranked = award.ranking().stream()
                .collect(Collectors.toMap(RankedResponse::responseId, Function.identity()));
        RankedResponse winner = ranked.get(award.winningResponseId());
        DebriefLetters wording = DebriefLetters.of(tender);
        Optional<String> standstillEnd = Optional.ofNullable(award.standstillEndsAt()).map(Standstill::endInWords);
        int sent = 0;
        for (ResponseView response : responses.ofCurrentRound(reference)) {
            if (response.id().equals(award.winningResponseId())
                    || letters.existsByTenderReferenceAndResponseId(reference, response.id())) {
                continue;
            }
            String letter = ranked.containsKey(response.id())
                    ? wording.evaluated(response.providerName(), ranked.get(response.id()), winner, standstillEnd)
                    : wording.notEvaluated(response.providerName(), award.winnerName(), reasonNotScored(response));
            letters.save(new DebriefLetter(reference, response.id(), response.providerReference(), letter,
                    clock.instant()));
            notifications.send(new Notification("debrief/" + reference + "/" + response.id(),
                    response.providerName(), response.contactEmail(),
                    "Outcome of " + tender.title() + " (" + reference + ")", letter));
            sent++;
        }
        log.info("{} debrief letters sent for {}", sent, reference);
        return sent;
    }

    @Transactional
    void confirm(String reference) {
        tenders.moveTo(reference, TenderStatus.AWARDED);
    }

    @Transactional
    public AwardView awardNoticePublished(String reference, String noticeId, LocalDate on) {
        AwardDecision award = decision(reference);
        award.awardNoticePublished(noticeId, on);
        return award.view();
    }

    /** The contract made on this award, signed or lapsed unsigned; the tender's status follows. */
    @Transactional
    public void contractConcluded(String reference, String contractReference, boolean signed) {
        decision(reference).contract(contractReference, signed);
        tenders.moveTo(reference, signed ? TenderStatus.CONTRACT_LIVE : TenderStatus.CONTRACT_NOT_SIGNED);
    }

    /** What the award stage reads of a recorded award, from the stored dates; empty before the award is decided. */
    @Transactional(readOnly = true)
    public Optional<AwardMade> made(String reference) {
        return awards.findByTenderReference(reference).map(Awards::made);
    }

    private AwardDecision decision(String reference) {
        return awards.findByTenderReference(reference).orElseThrow(
                () -> new IllegalStateException("Tender " + reference + " has no award decision"));
    }

    private LocalDate noticeDue(LocalDate decidedOn) {
        return calendar.awardNoticeDueOn(decidedOn);
    }

    private static AwardMade made(AwardDecision award) {
        AwardView view = award.view();
        return new AwardMade(view.winnerName(), view.awardNoticeDueOn().toString(),
                view.standstillEndsAt() == null ? null
                        : TenderProcess.timerDate(view.standstillEndsAt()));
    }

    private static String reasonNotScored(ResponseView response) {
        if (!Boolean.TRUE.equals(response.compliant())) {
            return response.complianceNotes();
        }
        return "it did not meet a mandatory fair-work requirement. " + response.fairWorkSummary();
    }

    /** The fields of the award decision the process's gateway reads. */
    record AwardDecided(boolean awardApproved, String awardRationale) {
    }
}
