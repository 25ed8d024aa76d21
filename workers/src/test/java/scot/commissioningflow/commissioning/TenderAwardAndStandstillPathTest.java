package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.AwardAndStandstill;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-award-and-standstill: debriefs, standstill with or without a challenge, and the award notice's timers. */
@OwnEngine
class TenderAwardAndStandstillPathTest {

    private static final String PROCESS = AwardAndStandstill.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    /** The engine's clock only moves forward, across every test of the class: dates are set from where it is. */
    private static Duration clockMoved = Duration.ZERO;

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("send-debrief-letters", job -> Map.of("debriefLettersSent", 2));
        paths.answer("confirm-award", job -> null);
        paths.answer("record-challenge-outcome", job -> null);
    }

    @Test
    void withoutStandstillOrNoticeTheAwardIsConfirmedAtOnce() {
        long award = paths.start(PROCESS, award("TND-P1", false, false));

        paths.awaitCompleted(award);
        paths.assertPassed(award, AwardAndStandstill.SEND_DEBRIEFS, AwardAndStandstill.STANDSTILL_APPLIES,
                AwardAndStandstill.CONFIRM_AWARD, AwardAndStandstill.AWARD_NOTICE_DONE,
                AwardAndStandstill.AWARD_CONFIRMED);
        paths.assertNotPassed(award, AwardAndStandstill.DURING_STANDSTILL, AwardAndStandstill.PUBLISH_AWARD_NOTICE);
    }

    @Test
    void theStandstillEndsAtItsTimeThenTheNoticeIsPublished() {
        paths.answer("publish-award-notice", job -> Map.of("awardNoticeId", "PCS-1", "awardNoticeOnTime", true));
        long award = paths.start(PROCESS, award("TND-P2", true, true));

        paths.assertWaitingAt(award, AwardAndStandstill.DURING_STANDSTILL);
        paths.assertNotPassed(award, AwardAndStandstill.CONFIRM_AWARD);
        passTime(Duration.ofDays(11));

        paths.awaitCompleted(award);
        paths.assertPassed(award, AwardAndStandstill.STANDSTILL_ENDS, AwardAndStandstill.STANDSTILL_OVER,
                AwardAndStandstill.CONFIRM_AWARD, AwardAndStandstill.PUBLISH_AWARD_NOTICE,
                AwardAndStandstill.AWARD_CONFIRMED);
        paths.assertNotPassed(award, AwardAndStandstill.CHALLENGE_RECEIVED_EVENT,
                AwardAndStandstill.AWARD_NOTICE_REMINDER, AwardAndStandstill.AWARD_NOTICE_OVERDUE);
    }

    @Test
    void aDismissedChallengeLetsTheStandstillRunOn() {
        paths.answer("publish-award-notice", job -> Map.of("awardNoticeId", "PCS-1", "awardNoticeOnTime", true));
        long award = paths.start(PROCESS, award("TND-P3", true, true));
        paths.assertWaitingAt(award, AwardAndStandstill.DURING_STANDSTILL);

        paths.publishMessage(AwardAndStandstill.CHALLENGE_RECEIVED, "TND-P3", Map.of("challengeId", 41));
        paths.completeUserTask(award, AwardAndStandstill.REVIEW_CHALLENGE, Map.of("challengeOutcome", "dismissed",
                "challengeReasons", "Scored as the tender said."));
        paths.assertWaitingAt(award, AwardAndStandstill.DURING_STANDSTILL);
        paths.assertNotPassed(award, AwardAndStandstill.CONFIRM_AWARD);

        passTime(Duration.ofDays(11));
        paths.awaitCompleted(award);
        paths.assertPassed(award, AwardAndStandstill.CHALLENGE_RECEIVED_EVENT,
                AwardAndStandstill.RECORD_CHALLENGE_OUTCOME, AwardAndStandstill.CHALLENGE_UPHELD,
                AwardAndStandstill.STANDSTILL_RUNNING, AwardAndStandstill.STANDSTILL_ENDS,
                AwardAndStandstill.CONFIRM_AWARD);
        paths.assertNotPassed(award, AwardAndStandstill.AWARD_SET_ASIDE);
    }

    @Test
    void anUpheldChallengeSetsTheAwardAside() {
        long award = paths.start(PROCESS, award("TND-P4", true, true));
        paths.assertWaitingAt(award, AwardAndStandstill.DURING_STANDSTILL);

        paths.publishMessage(AwardAndStandstill.CHALLENGE_RECEIVED, "TND-P4", Map.of("challengeId", 42));
        paths.completeUserTask(award, AwardAndStandstill.REVIEW_CHALLENGE, Map.of("challengeOutcome", "upheld",
                "challengeReasons", "Marked against the wrong question."));

        paths.awaitCompleted(award);
        paths.assertPassed(award, AwardAndStandstill.AWARD_SET_ASIDE);
        paths.assertNotPassed(award, AwardAndStandstill.STANDSTILL_ENDS, AwardAndStandstill.CONFIRM_AWARD,
                AwardAndStandstill.PUBLISH_AWARD_NOTICE);
        assertThat(paths.variable(award, "challengeOutcome", String.class)).isEqualTo("upheld");
    }

    @Test
    void anUnpublishedNoticeRemindsTheCommissionerThenEscalatesToTheProcurementLead() {
        long award = paths.start(PROCESS, award("TND-P5", false, true));
        paths.awaitJob(award, "publish-award-notice");

        passTime(Duration.ofDays(26));
        paths.complete(award, "remind-award-notice-due", null);
        paths.assertPassed(award, AwardAndStandstill.AWARD_NOTICE_REMINDER, AwardAndStandstill.COMMISSIONER_REMINDED);
        paths.assertNotPassed(award, AwardAndStandstill.AWARD_NOTICE_OVERDUE);

        passTime(Duration.ofDays(6));
        paths.complete(award, "escalate-overdue-award-notice", null);
        paths.assertPassed(award, AwardAndStandstill.AWARD_NOTICE_OVERDUE, AwardAndStandstill.OVERDUE_NOTICE_ESCALATED);
        paths.assertWaitingAt(award, AwardAndStandstill.PUBLISH_AWARD_NOTICE);

        paths.complete(award, "publish-award-notice", Map.of("awardNoticeId", "PCS-9", "awardNoticeOnTime", false));
        paths.awaitCompleted(award);
        paths.assertPassed(award, AwardAndStandstill.AWARD_CONFIRMED);
    }

    @Test
    void publishingTheNoticeCancelsBothTimers() {
        long award = paths.start(PROCESS, award("TND-P6", false, true));
        paths.complete(award, "publish-award-notice", Map.of("awardNoticeId", "PCS-2", "awardNoticeOnTime", true));
        paths.awaitCompleted(award);

        passTime(Duration.ofDays(40));
        paths.assertNotPassed(award, AwardAndStandstill.AWARD_NOTICE_REMINDER,
                AwardAndStandstill.REMIND_AWARD_NOTICE_DUE, AwardAndStandstill.AWARD_NOTICE_OVERDUE,
                AwardAndStandstill.ESCALATE_OVERDUE_AWARD_NOTICE);
    }

    private static void passTime(Duration duration) {
        paths.passTime(duration);
        clockMoved = clockMoved.plus(duration);
    }

    /** An award made today: the standstill ends in ten days, the notice is due in thirty. */
    private static Map<String, Object> award(String reference, boolean standstill, boolean noticeRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("businessKey", reference);
        variables.put("tenderReference", reference);
        variables.put("title", "Care at home, Strathspey");
        variables.put("commissionerName", "Morag Fraser");
        variables.put("commissionerEmail", "morag.fraser@example.scot");
        variables.put("awardedProvider", "Spey Support");
        variables.put("standstillApplies", standstill);
        variables.put("standstillEndsAt", Instant.now().plus(clockMoved).plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC).toString());
        variables.put("awardNoticeRequired", noticeRequired);
        variables.put("awardNoticeDueOn", LocalDate.ofInstant(Instant.now().plus(clockMoved), ZoneOffset.UTC).plusDays(30).toString());
        return variables;
    }
}
