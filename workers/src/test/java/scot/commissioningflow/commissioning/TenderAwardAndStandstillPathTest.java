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
import scot.commissioningflow.testing.ProcessPaths;

/** tender-award-and-standstill: debriefs, standstill with or without a challenge, and the award notice's timers. */
class TenderAwardAndStandstillPathTest {

    private static final String PROCESS = "tender-award-and-standstill";

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
        paths.assertPassed(award, "SendDebriefs", "StandstillApplies", "ConfirmAward", "AwardNoticeDone",
                "AwardConfirmed");
        paths.assertNotPassed(award, "DuringStandstill", "PublishAwardNotice");
    }

    @Test
    void theStandstillEndsAtItsTimeThenTheNoticeIsPublished() {
        paths.answer("publish-award-notice", job -> Map.of("awardNoticeId", "PCS-1", "awardNoticeOnTime", true));
        long award = paths.start(PROCESS, award("TND-P2", true, true));

        paths.assertWaitingAt(award, "DuringStandstill");
        paths.assertNotPassed(award, "ConfirmAward");
        passTime(Duration.ofDays(11));

        paths.awaitCompleted(award);
        paths.assertPassed(award, "StandstillEnds", "StandstillOver", "ConfirmAward", "PublishAwardNotice",
                "AwardConfirmed");
        paths.assertNotPassed(award, "ChallengeReceived", "AwardNoticeReminder", "AwardNoticeOverdue");
    }

    @Test
    void aDismissedChallengeLetsTheStandstillRunOn() {
        paths.answer("publish-award-notice", job -> Map.of("awardNoticeId", "PCS-1", "awardNoticeOnTime", true));
        long award = paths.start(PROCESS, award("TND-P3", true, true));
        paths.assertWaitingAt(award, "DuringStandstill");

        paths.publishMessage("tender-standstill-challenge", "TND-P3", Map.of("challengeId", 41));
        paths.completeUserTask(award, "ReviewChallenge", Map.of("challengeOutcome", "dismissed",
                "challengeReasons", "Scored as the tender said."));
        paths.assertWaitingAt(award, "DuringStandstill");
        paths.assertNotPassed(award, "ConfirmAward");

        passTime(Duration.ofDays(11));
        paths.awaitCompleted(award);
        paths.assertPassed(award, "ChallengeReceived", "RecordChallengeOutcome", "ChallengeUpheld",
                "StandstillRunning", "StandstillEnds", "ConfirmAward");
        paths.assertNotPassed(award, "AwardSetAside");
    }

    @Test
    void anUpheldChallengeSetsTheAwardAside() {
        long award = paths.start(PROCESS, award("TND-P4", true, true));
        paths.assertWaitingAt(award, "DuringStandstill");

        paths.publishMessage("tender-standstill-challenge", "TND-P4", Map.of("challengeId", 42));
        paths.completeUserTask(award, "ReviewChallenge", Map.of("challengeOutcome", "upheld",
                "challengeReasons", "Marked against the wrong question."));

        paths.awaitCompleted(award);
        paths.assertPassed(award, "AwardSetAside");
        paths.assertNotPassed(award, "StandstillEnds", "ConfirmAward", "PublishAwardNotice");
        assertThat(paths.variable(award, "challengeOutcome", String.class)).isEqualTo("upheld");
    }

    @Test
    void anUnpublishedNoticeRemindsTheCommissionerThenEscalatesToTheProcurementLead() {
        long award = paths.start(PROCESS, award("TND-P5", false, true));
        paths.awaitJob(award, "publish-award-notice");

        passTime(Duration.ofDays(26));
        paths.complete(award, "remind-award-notice-due", null);
        paths.assertPassed(award, "AwardNoticeReminder", "CommissionerReminded");
        paths.assertNotPassed(award, "AwardNoticeOverdue");

        passTime(Duration.ofDays(6));
        paths.complete(award, "escalate-overdue-award-notice", null);
        paths.assertPassed(award, "AwardNoticeOverdue", "OverdueNoticeEscalated");
        paths.assertWaitingAt(award, "PublishAwardNotice");

        paths.complete(award, "publish-award-notice", Map.of("awardNoticeId", "PCS-9", "awardNoticeOnTime", false));
        paths.awaitCompleted(award);
        paths.assertPassed(award, "AwardConfirmed");
    }

    @Test
    void publishingTheNoticeCancelsBothTimers() {
        long award = paths.start(PROCESS, award("TND-P6", false, true));
        paths.complete(award, "publish-award-notice", Map.of("awardNoticeId", "PCS-2", "awardNoticeOnTime", true));
        paths.awaitCompleted(award);

        passTime(Duration.ofDays(40));
        paths.assertNotPassed(award, "AwardNoticeReminder", "RemindAwardNoticeDue", "AwardNoticeOverdue",
                "EscalateOverdueAwardNotice");
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
