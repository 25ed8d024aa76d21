package scot.commissioningflow.commissioning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.evaluation.EvaluationScore.Stage;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.tender.AwardWeights;

/** The most economically advantageous tender, computed from the marks and the prices. */
class RankingTest {

    private static final AwardWeights WEIGHTS = new AwardWeights(70, 20, 10);
    private static final ResponseView SPEY = response(1, "Spey Support", "400000");
    private static final ResponseView GLEN = response(2, "Glenmore Care", "380000");

    @Test
    void withoutModerationTheEvaluatorsMarksAreAveragedAndPriceIsScoredAgainstTheLowest() {
        List<RankedResponse> ranking = Ranking.rank(WEIGHTS, List.of(SPEY, GLEN), List.of(
                individual(1, "eval.ailsa", 80, 70), individual(1, "eval.bruce", 85, 75),
                individual(2, "eval.ailsa", 60, 60), individual(2, "eval.bruce", 65, 60)));

        assertThat(ranking).extracting(RankedResponse::providerName).containsExactly("Spey Support", "Glenmore Care");
        RankedResponse spey = ranking.getFirst();
        assertThat(spey.qualityScore()).isEqualByComparingTo("82.50");
        assertThat(spey.fairWorkScore()).isEqualByComparingTo("72.50");
        assertThat(spey.priceScore()).isEqualByComparingTo("95.00");
        // 82.5 x 70% + 95 x 20% + 72.5 x 10%
        assertThat(spey.totalScore()).isEqualByComparingTo("84.00");
        assertThat(spey.hourlyRate()).isEqualByComparingTo("27.50");
        assertThat(ranking.get(1).priceScore()).isEqualByComparingTo("100.00");
        assertThat(ranking).extracting(RankedResponse::rank).containsExactly(1, 2);
    }

    @Test
    void moderatedMarksReplaceTheEvaluatorsOwn() {
        List<RankedResponse> ranking = Ranking.rank(WEIGHTS, List.of(SPEY, GLEN), List.of(
                individual(1, "eval.ailsa", 80, 70), individual(2, "eval.ailsa", 60, 60),
                moderated(1, 1, 82, 72), moderated(2, 1, 62, 60)));

        assertThat(ranking.getFirst().totalScore()).isEqualByComparingTo("83.60");
        assertThat(ranking.get(1).totalScore()).isEqualByComparingTo("69.40");
    }

    @Test
    void afterASendBackOnlyTheLatestModerationCountsAndCanChangeTheWinner() {
        List<RankedResponse> ranking = Ranking.rank(WEIGHTS, List.of(SPEY, GLEN), List.of(
                individual(1, "eval.ailsa", 80, 70), individual(2, "eval.ailsa", 60, 60),
                moderated(1, 1, 82, 72), moderated(2, 1, 62, 60),
                moderated(1, 2, 60, 60), moderated(2, 2, 80, 75)));

        assertThat(ranking).extracting(RankedResponse::providerName).containsExactly("Glenmore Care", "Spey Support");
        assertThat(ranking.getFirst().qualityScore()).isEqualByComparingTo("80.00");
    }

    @Test
    void equalTotalsGoToTheBetterQualityThenToTheEarlierResponse() {
        ResponseView same = response(3, "Strathspey Homecare", "400000");
        List<RankedResponse> ranking = Ranking.rank(new AwardWeights(50, 0, 50), List.of(same, SPEY), List.of(
                individual(1, "eval.ailsa", 70, 70), individual(3, "eval.ailsa", 70, 70)));

        assertThat(ranking).extracting(RankedResponse::responseId).containsExactly(1L, 3L);
    }

    private static ResponseView response(long id, String name, String price) {
        return new ResponseView(id, "TND-1", 1, "PRV-" + id, name, Instant.parse("2026-12-01T10:00:00Z"),
                new BigDecimal(price), new BigDecimal("27.50"), "Quality", "Outcomes", Map.of(), true, "Complete",
                "MET", "Meets every criterion", "bids@" + id + ".example.org");
    }

    private static EvaluationScore individual(long responseId, String evaluator, int quality, int fairWork) {
        return new EvaluationScore("TND-1", responseId, evaluator, Stage.INDIVIDUAL, 1, BigDecimal.valueOf(quality),
                BigDecimal.valueOf(fairWork), "Judged on the outcomes", Instant.parse("2026-12-20T10:00:00Z"));
    }

    private static EvaluationScore moderated(long responseId, int round, int quality, int fairWork) {
        return new EvaluationScore("TND-1", responseId, "officer.moira", Stage.MODERATED, round,
                BigDecimal.valueOf(quality), BigDecimal.valueOf(fairWork), "Consensus",
                Instant.parse("2026-12-21T10:00:00Z"));
    }
}
