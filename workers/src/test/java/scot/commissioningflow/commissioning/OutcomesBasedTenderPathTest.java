package scot.commissioningflow.commissioning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.ResponsePeriod;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * outcomes-based-tender, the parent: which stage follows which. The stages run for real as call activities, with
 * their jobs answered by the test; each stage's own branches have their own path test.
 */
@OwnEngine
class OutcomesBasedTenderPathTest {

    private static final String PROCESS = TenderProcess.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    /** The engine's clock only moves forward, across every test of the class: dates are set from where it is. */
    private static Duration clockMoved = Duration.ZERO;

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("look-up-procurement-thresholds", job -> Map.of("regulatedThreshold", 50_000,
                "lightTouchThreshold", 663_540, "gpaThreshold", 214_904));
        paths.answer("record-continuity-decision", job -> null);
        paths.answer("open-tender-for-responses", job -> Map.of("responseDeadline", inDays(30)));
        paths.answer("publish-contract-notice", job -> Map.of("contractNoticeId", "PCS-1"));
        paths.answer("close-and-unseal-responses", job -> null);
        paths.answer("check-response-compliance", job -> Map.of("compliantResponses", List.of(),
                "compliantCount", 0));
        paths.answer("record-no-compliant-decision", job -> null);
        paths.answer("assess-direct-award", job -> Map.of("fairWorkDeclaration", Map.of(), "fairWorkCheckKey",
                "S12-" + job.getKey(), "priceSustainable", true, "priceExplanation", "covers it"));
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "Met."));
        paths.answer("record-direct-award", job -> Map.of("awardNoticeDueOn", inDays(30).substring(0, 10),
                "standstillEndsAt", inDays(10)));
        paths.answer("send-debrief-letters", job -> Map.of("debriefLettersSent", 0));
        paths.answer("record-challenge-outcome", job -> null);
        paths.answer("confirm-award", job -> null);
        paths.answer("publish-award-notice", job -> Map.of("awardNoticeId", "PCS-2", "awardNoticeOnTime", true));
    }

    @Test
    void withNothingToEvaluateTheCommissionerRetendersThenCancels() {
        paths.answer("record-procurement-route", job -> route(true, false));
        long tender = paths.start(PROCESS, tender("TND-T1", false, "NEW_SERVICE", 420_000));
        paths.assertWaitingAt(tender, ResponsePeriod.RESPONSE_DEADLINE_PASSES);
        passTime(Duration.ofDays(31));

        paths.completeUserTask(tender, TenderProcess.DECIDE_NEXT_STEP, Map.of("nextStep", "retender",
                "nextStepReasons", "A market event first."));
        paths.assertWaitingAt(tender, ResponsePeriod.RESPONSE_DEADLINE_PASSES);
        passTime(Duration.ofDays(31));
        paths.completeUserTask(tender, TenderProcess.DECIDE_NEXT_STEP, Map.of("nextStep", "cancel",
                "nextStepReasons", "Redesigned with the people supported."));

        paths.awaitCompleted(tender);
        paths.assertPassed(tender, TenderProcess.ROUTE_STAGE, TenderProcess.SEEK_OFFERS, TenderProcess.READY_TO_OPEN,
                TenderProcess.RESPONSE_PERIOD_STAGE, TenderProcess.EVALUATION_STAGE, TenderProcess.AWARD_DECIDED,
                TenderProcess.RECORD_NEXT_STEP, TenderProcess.RETENDER, TenderProcess.TENDER_CANCELLED);
        paths.assertNotPassed(tender, TenderProcess.DIRECT_AWARD_STAGE, TenderProcess.AWARD_MADE,
                TenderProcess.AWARD_STAGE, TenderProcess.CONTRACT_STAGE);
    }

    @Test
    void aDirectAwardSkipsResponsesAndEvaluationAndGoesOnToTheContract() {
        paths.answer("record-procurement-route", job -> route(false, false));
        long tender = directlyAwarded("TND-T2");

        paths.awaitJob(tender, "prepare-outcome-based-contract");
        paths.assertPassed(tender, TenderProcess.SEEK_OFFERS, TenderProcess.DIRECT_AWARD_STAGE,
                TenderProcess.AWARD_MADE, TenderProcess.AWARD_STAGE, TenderProcess.AWARD_STANDS);
        paths.assertNotPassed(tender, TenderProcess.RESPONSE_PERIOD_STAGE, TenderProcess.EVALUATION_STAGE,
                TenderProcess.TENDER_ENDS_AFTER_CHALLENGE);
        paths.assertWaitingAt(tender, TenderProcess.CONTRACT_STAGE);
    }

    @Test
    void anUpheldChallengeEndsTheTenderWithoutAContract() {
        paths.answer("record-procurement-route", job -> route(false, true));
        long tender = directlyAwarded("TND-T3");
        paths.assertWaitingAt(tender, TenderProcess.DURING_STANDSTILL);

        paths.publishMessage(TenderProcess.CHALLENGE_RECEIVED, "TND-T3", Map.of("challengeId", 7));
        paths.completeUserTask(tender, TenderProcess.REVIEW_CHALLENGE, Map.of("challengeOutcome", "upheld",
                "challengeReasons", "Wrong question."));

        paths.awaitCompleted(tender);
        paths.assertPassed(tender, TenderProcess.AWARD_SET_ASIDE, TenderProcess.AWARD_STANDS,
                TenderProcess.TENDER_ENDS_AFTER_CHALLENGE);
        paths.assertNotPassed(tender, TenderProcess.CONTRACT_STAGE, TenderProcess.TENDER_CLOSED);
    }

    private static void passTime(Duration duration) {
        paths.passTime(duration);
        clockMoved = clockMoved.plus(duration);
    }

    private static String inDays(int days) {
        return Instant.now().plus(clockMoved).plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC).toString();
    }

    private static Map<String, Object> route(boolean seekOffers, boolean standstill) {
        return Map.of("seekOffers", seekOffers, "contractNoticeRequired", seekOffers, "awardNoticeRequired", true,
                "standstillApplies", standstill, "standstillDays", 10);
    }

    private static Map<String, Object> tender(String reference, boolean existing, String continuity, long value) {
        Map<String, Object> variables = new HashMap<>(TenderRouteAndNoticesPathTest.tender(reference, existing,
                continuity, value));
        variables.put("contractStartDate", "2027-04-01");
        variables.put("evaluators", List.of("eval.ailsa"));
        return variables;
    }

    /** An existing service continued without competition, its direct award confirmed by the commissioner. */
    private static long directlyAwarded(String reference) {
        long tender = paths.start(PROCESS, tender(reference, true, "AWAITING_DECISION", 150_000));
        paths.completeUserTask(tender, TenderProcess.DECIDE_CONTINUITY, Map.of("continuityDecision",
                "CONTINUE_WITHOUT_COMPETITION", "continuityReasons", "Keep the team.", "peopleToldTimetable", "May."));
        paths.completeUserTask(tender, TenderProcess.CONFIRM_DIRECT_AWARD,
                TenderFixtures.directAwardForm(150_000, 27.1, 13.45));
        return tender;
    }
}
