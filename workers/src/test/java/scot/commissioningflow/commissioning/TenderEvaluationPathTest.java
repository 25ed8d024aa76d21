package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-evaluation: compliance, fair work of each response, scoring, moderation and the award decision. */
class TenderEvaluationPathTest {

    private static final String PROCESS = "tender-evaluation";

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    /** The business keys the fair-work check's jobs carried: its human step is found in the inbox by them. */
    private static final List<String> fairWorkCheckedFor = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("check-fair-work", job -> {
            fairWorkCheckedFor.add(String.valueOf(job.getVariablesAsMap().get("businessKey")));
            return Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "Met.");
        });
        paths.answer("record-fair-work-result", job -> null);
        paths.answer("rank-responses", job -> Map.of("recommendedProvider", "Spey Support"));
        paths.answer("record-award-decision", job -> Map.of("awardNoticeDueOn", "2027-05-03"));
    }

    @Test
    void withNoCompleteResponseThereIsNothingToEvaluate() {
        long evaluation = paths.start(PROCESS, tender("TND-E1"));
        paths.complete(evaluation, "check-response-compliance", Map.of("compliantResponses", List.of(),
                "compliantCount", 0));

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, "AnyCompliant", "NothingToEvaluate", "NothingToEvaluateEnds");
        paths.assertNotPassed(evaluation, "CheckEachResponse", "ScoreResponses");
    }

    @Test
    void withEveryResponseFailingFairWorkThereIsNothingToEvaluate() {
        long evaluation = paths.start(PROCESS, tender("TND-E2"));
        paths.complete(evaluation, "check-response-compliance", compliant());
        paths.complete(evaluation, "shortlist-evaluable-responses", Map.of("evaluableResponses", List.of(),
                "evaluableCount", 0));

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, "CheckFairWork", "RecordFairWorkResult", "CheckEachResponse", "AnyEvaluable",
                "NothingToEvaluateEnds");
        paths.assertNotPassed(evaluation, "ScoreResponses");
        assertThat(fairWorkCheckedFor).contains("TND-E2");
    }

    @Test
    void eachEvaluatorScoresThenTheAwardSentBackIsModeratedAgainAndApproved() {
        long evaluation = paths.start(PROCESS, tender("TND-E3"));
        paths.complete(evaluation, "check-response-compliance", compliant());
        paths.complete(evaluation, "shortlist-evaluable-responses", Map.of("evaluableResponses", List.of(Map.of(
                "responseId", 7)), "evaluableCount", 1));
        paths.completeUserTask(evaluation, "ScoreResponses", Map.of("completedBy", "eval.ailsa"));
        paths.completeUserTask(evaluation, "ScoreResponses", Map.of("completedBy", "eval.bruce"));
        paths.completeUserTask(evaluation, "ModerateScores", Map.of("moderationNotes", "Agreed.",
                "completedBy", "officer.moira"));
        paths.completeUserTask(evaluation, "DecideAward", Map.of("awardApproved", false,
                "awardRationale", "Look again at quality.", "completedBy", "morag.fraser"));

        paths.assertWaitingAt(evaluation, "ModerateScores");
        paths.assertNotPassed(evaluation, "RecordAward");
        paths.completeUserTask(evaluation, "ModerateScores", Map.of("moderationNotes", "Looked again.",
                "completedBy", "officer.moira"));
        paths.completeUserTask(evaluation, "DecideAward", Map.of("awardApproved", true,
                "awardRationale", "Highest on quality.", "completedBy", "morag.fraser"));

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, "ModerationNeeded", "RankModerated", "AwardApproved", "RecordAward",
                "AwardRecorded");
    }

    private static Map<String, Object> tender(String reference) {
        return Map.of("businessKey", reference, "tenderReference", reference, "contractStartDate", "2027-04-01",
                "evaluators", List.of("eval.ailsa", "eval.bruce"));
    }

    private static Map<String, Object> compliant() {
        return Map.of("compliantResponses", List.of(Map.of("responseId", 7, "fairWorkCheckKey", "TND-R1-7",
                "fairWorkDeclaration", Map.of())), "compliantCount", 1);
    }
}
