package scot.commissioningflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.monitoring.MonitoringProcess.AGREE_IMPROVEMENT_PLAN;
import static scot.commissioningflow.monitoring.MonitoringProcess.CHECK_RETURN;
import static scot.commissioningflow.monitoring.MonitoringProcess.CONTRACT_ENDED;
import static scot.commissioningflow.monitoring.MonitoringProcess.CONTRACT_IN_DEFAULT;
import static scot.commissioningflow.monitoring.MonitoringProcess.DECIDE_TIER;
import static scot.commissioningflow.monitoring.MonitoringProcess.DECLARE_DEFAULT;
import static scot.commissioningflow.monitoring.MonitoringProcess.FOLLOW_UP_PLAN;
import static scot.commissioningflow.monitoring.MonitoringProcess.INPUTS_CHANGED;
import static scot.commissioningflow.monitoring.MonitoringProcess.MONITORING_ENDED;
import static scot.commissioningflow.monitoring.MonitoringProcess.PROCESS_ID;
import static scot.commissioningflow.monitoring.MonitoringProcess.RECORD_RETURN_NOT_RECEIVED;
import static scot.commissioningflow.monitoring.MonitoringProcess.REMIND_PROVIDER;
import static scot.commissioningflow.monitoring.MonitoringProcess.RETURN_RECEIVED;
import static scot.commissioningflow.monitoring.MonitoringProcess.RETURN_SUBMITTED;
import static scot.commissioningflow.monitoring.MonitoringProcess.REVIEW;
import static scot.commissioningflow.monitoring.MonitoringProcess.REVIEW_CONTRACT;
import static scot.commissioningflow.monitoring.MonitoringProcess.REVIEW_DONE;
import static scot.commissioningflow.monitoring.MonitoringProcess.REVIEW_DUE;
import static scot.commissioningflow.monitoring.MonitoringProcess.REVIEW_PROCESS_ID;
import static scot.commissioningflow.monitoring.MonitoringProcess.SUSPEND_PLACEMENTS;
import static scot.commissioningflow.monitoring.MonitoringProcess.WAIT_FOR_REVIEW;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * Every path of the two monitoring diagrams and every rule of the tier decision on the real engine, the workers'
 * answers given by the test: the tier from grades, enforcements and the score; the next review moved by a change of
 * inputs without a second cycle; monitoring ended with the contract; a return reminded and then recorded as not
 * received when its due day passes; a review that needs nothing more, a plan met, and a plan missed ending in default
 * and suspension.
 */
@OwnEngine
class MonitoringPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    /** The tier each plan step was given, in order. */
    private final List<String> tiersPlanned = new CopyOnWriteArrayList<>();

    @BeforeEach
    void standingAnswers() {
        paths.answer("plan-monitoring-reviews", job -> {
            tiersPlanned.add(job.getVariablesAsMap().get("tier").toString());
            return Map.of("reviewDueIn", "HIGH".equals(job.getVariablesAsMap().get("tier")) ? "P90D" : "P365D",
                    "reviewType", "DESK_REVIEW");
        });
        paths.answer("request-monitoring-return", job -> Map.of("returnKey",
                job.getVariablesAsMap().get("contractReference") + "/review-1", "reviewNumber", 1,
                "returnDue", "2027-01-29", "returnReminderIn", "P23D", "returnDueIn", "P28D"));
        paths.answer("remind-monitoring-return", job -> null);
        paths.answer("record-return-not-received", job -> Map.of("returnFindings", List.of("Not received."),
                "returnSummary", "Not received."));
        paths.answer("check-monitoring-return", job -> Map.of("returnFindings", List.of(), "returnSummary", "None."));
        paths.answer("record-improvement-follow-up", job -> null);
        paths.answer("declare-contract-default", job -> null);
        paths.answer("suspend-from-framework-placements", job -> Map.of("suspendedMemberships", 1));
    }

    @ParameterizedTest(name = "enforcements {0}, lowest grade {1}, score {2}: {3}")
    @CsvSource(nullValues = "none", value = {
        "1, 5, 0, HIGH", "0, 2, 0, HIGH", "0, 1, 0, HIGH", "0, 5, 60, HIGH", "0, 3, 0, MEDIUM", "0, 5, 30, MEDIUM",
        "0, 5, 29, LOW", "0, none, 10, LOW", "0, 4, 0, LOW"})
    void theTierFollowsTheEvidenceThenTheScore(int enforcements, Integer lowestGrade, int score, String tier) {
        long monitoring = startMonitoring("MON-TIER-" + enforcements + lowestGrade + score, enforcements,
                lowestGrade, score);
        paths.assertWaitingAt(monitoring, WAIT_FOR_REVIEW);
        assertThat(tiersPlanned).last().isEqualTo(tier);
        paths.publishMessage(CONTRACT_ENDED, "MON-TIER-" + enforcements + lowestGrade + score, null);
        paths.awaitCompleted(monitoring);
    }

    @Test
    void changedInputsMoveTheNextReviewWithoutStartingASecondCycle() {
        long monitoring = startMonitoring("MON-MOVE", 0, 5, 0);
        paths.assertWaitingAt(monitoring, WAIT_FOR_REVIEW);
        paths.answer("gather-monitoring-tier-inputs", job -> inputs(0, 2, 20));
        paths.publishMessage(INPUTS_CHANGED, "MON-MOVE", null);
        paths.settle();
        assertThat(tiersPlanned).containsExactly("LOW", "HIGH");
        assertThat(paths.activeElements(monitoring)).containsOnlyOnce(WAIT_FOR_REVIEW);

        paths.passTime(Duration.ofDays(91));
        paths.awaitPassed(monitoring, REVIEW_DUE);
        paths.assertWaitingAt(monitoring, RETURN_RECEIVED);
        paths.publishMessage(CONTRACT_ENDED, "MON-MOVE", null);
        paths.assertWaitingAt(monitoring, RETURN_RECEIVED);
    }

    @Test
    void aReviewThatNeedsNothingMoreLeadsToTheNextCycle() {
        long review = startReview("MON-GOOD");
        paths.publishMessage(RETURN_SUBMITTED, "MON-GOOD/review-1", null);
        paths.completeUserTask(review, REVIEW_CONTRACT, Map.of("rating", "GOOD", "officerNotes", "Fine.",
                "officerHours", 1.5, "completedBy", "officer.one"));
        paths.complete(review, "record-monitoring-review", Map.of("improvementNeeded", false));
        paths.awaitCompleted(review);
        paths.assertPassed(review, RETURN_RECEIVED, CHECK_RETURN, REVIEW_CONTRACT, REVIEW_DONE);
        paths.assertNotPassed(review, AGREE_IMPROVEMENT_PLAN);
    }

    @Test
    void aReturnNotSentByItsDueDayIsRemindedThenRecordedAndTheReviewGoesOnToTheOfficer() {
        long review = startReview("MON-LATE");
        paths.assertWaitingAt(review, RETURN_RECEIVED);
        paths.passTime(Duration.ofDays(22));
        paths.assertNotPassed(review, REMIND_PROVIDER);
        paths.passTime(Duration.ofDays(2));
        paths.awaitPassed(review, REMIND_PROVIDER);
        paths.assertWaitingAt(review, RETURN_RECEIVED);
        paths.passTime(Duration.ofDays(5));
        paths.awaitPassed(review, RECORD_RETURN_NOT_RECEIVED);
        paths.assertWaitingAt(review, REVIEW_CONTRACT);
        paths.assertNotPassed(review, CHECK_RETURN);
    }

    @Test
    void aReturnSentInTimeCancelsTheReminderAndTheDeadline() {
        long review = startReview("MON-PROMPT");
        paths.publishMessage(RETURN_SUBMITTED, "MON-PROMPT/review-1", null);
        paths.assertWaitingAt(review, REVIEW_CONTRACT);
        paths.passTime(Duration.ofDays(29));
        paths.assertNotPassed(review, REMIND_PROVIDER, RECORD_RETURN_NOT_RECEIVED);
    }

    @Test
    void aPlanMetOnTimeEndsTheReviewWithoutDefault() {
        long review = weakReview("MON-MET");
        paths.completeUserTask(review, FOLLOW_UP_PLAN, Map.of("planOutcome", "MET", "followUpNotes", "Done.",
                "completedBy", "officer.one"));
        paths.awaitCompleted(review);
        paths.assertPassed(review, FOLLOW_UP_PLAN, "ImprovedInTime");
        paths.assertNotPassed(review, DECLARE_DEFAULT, SUSPEND_PLACEMENTS);
    }

    @Test
    void aPlanMissedEndsInDefaultAndSuspension() {
        long review = weakReview("MON-MISSED");
        paths.completeUserTask(review, FOLLOW_UP_PLAN, Map.of("planOutcome", "NOT_MET", "followUpNotes",
                "Not done.", "completedBy", "officer.one"));
        paths.awaitCompleted(review);
        paths.assertPassed(review, DECLARE_DEFAULT, SUSPEND_PLACEMENTS, CONTRACT_IN_DEFAULT);
    }

    @Test
    void monitoringWaitingForItsReviewEndsWithTheContract() {
        long monitoring = startMonitoring("MON-END", 0, 5, 0);
        paths.assertWaitingAt(monitoring, WAIT_FOR_REVIEW);
        paths.publishMessage(CONTRACT_ENDED, "MON-END", null);
        paths.awaitCompleted(monitoring);
        paths.assertPassed(monitoring, DECIDE_TIER, MONITORING_ENDED);
        paths.assertNotPassed(monitoring, REVIEW);
    }

    private long startMonitoring(String reference, int enforcements, Integer lowestGrade, int score) {
        paths.answer("gather-monitoring-tier-inputs", job -> inputs(enforcements, lowestGrade, score));
        return paths.start(PROCESS_ID, Map.of("contractReference", reference, "businessKey", reference));
    }

    /** The review reaches its improvement plan, agreed for 28 days, and the follow-up falls due. */
    private long weakReview(String reference) {
        long review = startReview(reference);
        paths.publishMessage(RETURN_SUBMITTED, reference + "/review-1", null);
        paths.completeUserTask(review, REVIEW_CONTRACT, Map.of("rating", "WEAK", "officerNotes", "Short.",
                "officerHours", 3, "completedBy", "officer.one"));
        paths.complete(review, "record-monitoring-review", Map.of("improvementNeeded", true));
        paths.completeUserTask(review, AGREE_IMPROVEMENT_PLAN, Map.of("improvementActions", "Fill the rota.",
                "improvementDueInDays", 28, "completedBy", "officer.one"));
        paths.passTime(Duration.ofDays(27));
        paths.assertNotPassed(review, FOLLOW_UP_PLAN);
        paths.passTime(Duration.ofDays(2));
        return review;
    }

    private long startReview(String reference) {
        return paths.start(REVIEW_PROCESS_ID, Map.of("contractReference", reference, "businessKey", reference,
                "reviewType", "DESK_REVIEW", "providerReference", "PRV-PATH"));
    }

    private static Map<String, Object> inputs(int enforcements, Integer lowestGrade, int score) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("enforcementsIssued", enforcements);
        inputs.put("lowestGrade", lowestGrade);
        inputs.put("riskScore", score);
        inputs.put("riskFactors", "");
        return inputs;
    }
}
