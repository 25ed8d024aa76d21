package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.Evaluation;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-evaluation: compliance, fair work of each response, scoring, moderation and the award decision. */
class TenderEvaluationPathTest {

    private static final String PROCESS = Evaluation.PROCESS_ID;

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
        paths.assertPassed(evaluation, Evaluation.ANY_COMPLIANT, Evaluation.NOTHING_TO_EVALUATE,
                Evaluation.NOTHING_TO_EVALUATE_ENDS);
        paths.assertNotPassed(evaluation, Evaluation.CHECK_EACH_RESPONSE, Evaluation.SCORE_RESPONSES);
    }

    @Test
    void withEveryResponseFailingFairWorkThereIsNothingToEvaluate() {
        long evaluation = paths.start(PROCESS, tender("TND-E2"));
        paths.complete(evaluation, "check-response-compliance", compliant());
        paths.complete(evaluation, "shortlist-evaluable-responses", Map.of("evaluableResponses", List.of(),
                "evaluableCount", 0));

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, Evaluation.CHECK_FAIR_WORK, Evaluation.RECORD_FAIR_WORK_RESULT,
                Evaluation.CHECK_EACH_RESPONSE, Evaluation.ANY_EVALUABLE, Evaluation.NOTHING_TO_EVALUATE_ENDS);
        paths.assertNotPassed(evaluation, Evaluation.SCORE_RESPONSES);
        assertThat(fairWorkCheckedFor).contains("TND-E2");
    }

    @Test
    void eachEvaluatorScoresThenTheAwardSentBackIsModeratedAgainAndApproved() {
        long evaluation = paths.start(PROCESS, tender("TND-E3"));
        paths.complete(evaluation, "check-response-compliance", compliant());
        paths.complete(evaluation, "shortlist-evaluable-responses", Map.of("evaluableResponses", List.of(Map.of(
                "responseId", 7)), "evaluableCount", 1));
        paths.completeUserTask(evaluation, Evaluation.SCORE_RESPONSES, Map.of("completedBy", "eval.ailsa"));
        paths.completeUserTask(evaluation, Evaluation.SCORE_RESPONSES, Map.of("completedBy", "eval.bruce"));
        paths.completeUserTask(evaluation, Evaluation.MODERATE_SCORES, Map.of("moderationNotes", "Agreed.",
                "completedBy", "officer.moira"));
        paths.completeUserTask(evaluation, Evaluation.DECIDE_AWARD, Map.of("awardApproved", false,
                "awardRationale", "Look again at quality.", "completedBy", "morag.fraser"));

        paths.assertWaitingAt(evaluation, Evaluation.MODERATE_SCORES);
        paths.assertNotPassed(evaluation, Evaluation.RECORD_AWARD);
        paths.completeUserTask(evaluation, Evaluation.MODERATE_SCORES, Map.of("moderationNotes", "Looked again.",
                "completedBy", "officer.moira"));
        paths.completeUserTask(evaluation, Evaluation.DECIDE_AWARD, Map.of("awardApproved", true,
                "awardRationale", "Highest on quality.", "completedBy", "morag.fraser"));

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, Evaluation.MODERATION_NEEDED, Evaluation.RANK_MODERATED,
                Evaluation.AWARD_APPROVED, Evaluation.RECORD_AWARD, Evaluation.AWARD_RECORDED);
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
