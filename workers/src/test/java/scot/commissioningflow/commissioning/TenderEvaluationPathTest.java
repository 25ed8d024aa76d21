package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.Evaluation;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-evaluation: compliance, fair work of each response, scoring, moderation and the award decision. */
@OwnEngine
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
        paths.answer("rank-responses", job -> Map.of("recommendedProvider", "Spey Support",
                "recommendedHourlyRate", 24.50));
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
        scoreAndModerate(evaluation);
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

    @Test
    void aQuickQuoteWhoseRecommendedPriceIsSustainableHasItsAwardRecorded() {
        List<Map<String, Object>> pricesChecked = new CopyOnWriteArrayList<>();
        paths.answer("check-price-sustainability", job -> {
            pricesChecked.add(job.getVariablesAsMap());
            return Map.of("priceSustainable", true, "priceExplanation", "A price of £24.50 an hour covers it.");
        });
        long evaluation = paths.start(PROCESS, quickQuote("TND-E4"));
        scoreAndModerate(evaluation);
        approve(evaluation);

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, Evaluation.QUICK_QUOTE, Evaluation.CHECK_QUICK_QUOTE_PRICE,
                Evaluation.PRICE_SUSTAINABLE, Evaluation.AWARD_READY_TO_RECORD, Evaluation.RECORD_AWARD,
                Evaluation.AWARD_RECORDED);
        // The rate checked is the recommended response's, against the floor on the contract's start date.
        assertThat(pricesChecked).singleElement().satisfies(price -> {
            assertThat(price).containsEntry("hourlyRate", 24.5);
            assertThat(price).containsEntry("contractStartDate", "2027-04-01");
        });
    }

    @Test
    void aQuickQuoteWhoseRecommendedPriceIsNotSustainableGoesBackToTheCommissionerWithTheSum() {
        String sum = "A price of £19.00 an hour is abnormally low: it is £5.37 short of the £24.37 an hour needed.";
        paths.answer("check-price-sustainability", job -> Map.of("priceSustainable", false,
                "priceExplanation", sum));
        long evaluation = paths.start(PROCESS, quickQuote("TND-E5"));
        scoreAndModerate(evaluation);
        approve(evaluation);

        paths.awaitPassed(evaluation, Evaluation.PRICE_SUSTAINABLE);
        paths.assertWaitingAt(evaluation, Evaluation.DECIDE_AWARD);
        paths.assertPassed(evaluation, Evaluation.CHECK_QUICK_QUOTE_PRICE, Evaluation.AWARD_DECISION_NEEDED);
        paths.assertNotPassed(evaluation, Evaluation.AWARD_READY_TO_RECORD, Evaluation.RECORD_AWARD);
        assertThat(paths.variable(evaluation, "priceExplanation", String.class)).isEqualTo(sum);

        // Sent back to moderation, the ranking is made afresh: the earlier price's sum no longer applies.
        paths.completeUserTask(evaluation, Evaluation.DECIDE_AWARD, Map.of("awardApproved", false,
                "awardRationale", "The price cannot pay the floor.", "completedBy", "morag.fraser"));
        paths.completeUserTask(evaluation, Evaluation.MODERATE_SCORES, Map.of("moderationNotes", "Looked again.",
                "completedBy", "officer.moira"));
        paths.assertWaitingAt(evaluation, Evaluation.DECIDE_AWARD);
        assertThat(paths.variable(evaluation, "priceExplanation", String.class)).isNull();
    }

    @Test
    void aRegulatedTenderHasItsAwardRecordedWithoutThePriceCheck() {
        long evaluation = paths.start(PROCESS, withRoute(tender("TND-E6"), "REGULATED"));
        scoreAndModerate(evaluation);
        approve(evaluation);

        paths.awaitCompleted(evaluation);
        paths.assertPassed(evaluation, Evaluation.QUICK_QUOTE, Evaluation.AWARD_READY_TO_RECORD,
                Evaluation.RECORD_AWARD, Evaluation.AWARD_RECORDED);
        paths.assertNotPassed(evaluation, Evaluation.CHECK_QUICK_QUOTE_PRICE, Evaluation.PRICE_SUSTAINABLE);
    }

    /** From the responses unsealed to the commissioner's award decision: one response, two evaluators, moderated. */
    private static void scoreAndModerate(long evaluation) {
        paths.complete(evaluation, "check-response-compliance", compliant());
        paths.complete(evaluation, "shortlist-evaluable-responses", Map.of("evaluableResponses", List.of(Map.of(
                "responseId", 7)), "evaluableCount", 1));
        paths.completeUserTask(evaluation, Evaluation.SCORE_RESPONSES, Map.of("completedBy", "eval.ailsa"));
        paths.completeUserTask(evaluation, Evaluation.SCORE_RESPONSES, Map.of("completedBy", "eval.bruce"));
        paths.completeUserTask(evaluation, Evaluation.MODERATE_SCORES, Map.of("moderationNotes", "Agreed.",
                "completedBy", "officer.moira"));
    }

    private static void approve(long evaluation) {
        paths.completeUserTask(evaluation, Evaluation.DECIDE_AWARD, Map.of("awardApproved", true,
                "awardRationale", "Highest on quality.", "completedBy", "morag.fraser"));
    }

    private static Map<String, Object> quickQuote(String reference) {
        return withRoute(tender(reference), "QUICK_QUOTE");
    }

    private static Map<String, Object> withRoute(Map<String, Object> tender, String route) {
        Map<String, Object> variables = new HashMap<>(tender);
        variables.put("route", route);
        return variables;
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
