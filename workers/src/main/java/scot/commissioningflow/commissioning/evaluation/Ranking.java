package scot.commissioningflow.commissioning.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.commissioningflow.commissioning.EvaluationRules;
import scot.commissioningflow.commissioning.EvaluationRules.Marked;
import scot.commissioningflow.commissioning.EvaluationRules.Weights;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.tender.AwardWeights;

/**
 * Ranks responses on the most economically advantageous tender ({@link EvaluationRules}): quality and fair work as
 * the evaluators marked them (the latest moderated consensus where there is one, otherwise the evaluators' average),
 * price scored relative to the lowest price, each weighted as the tender set.
 */
final class Ranking {

    private Ranking() {
    }

    static List<RankedResponse> rank(AwardWeights weights, List<ResponseView> responses,
            List<EvaluationScore> scores) {
        Map<Long, List<EvaluationScore>> byResponse = scores.stream()
                .collect(Collectors.groupingBy(EvaluationScore::responseId));
        Map<Long, ResponseView> byId = responses.stream()
                .collect(Collectors.toMap(ResponseView::id, Function.identity()));
        List<Marked> marked = responses.stream().map(response -> {
            List<EvaluationScore> counted = counted(byResponse.getOrDefault(response.id(), List.of()));
            return new Marked(response.id(), average(counted.stream().map(EvaluationScore::qualityScore).toList()),
                    average(counted.stream().map(EvaluationScore::fairWorkScore).toList()), response.totalPrice());
        }).toList();
        return EvaluationRules.rank(new Weights(weights.quality(), weights.price(), weights.fairWork()), marked)
                .stream().map(placed -> {
                    ResponseView r = byId.get(placed.arrival());
                    return new RankedResponse(r.id(), r.providerReference(), r.providerName(), r.totalPrice(),
                            r.hourlyRate(), placed.qualityScore(), placed.priceScore(), placed.fairWorkScore(),
                            placed.totalScore(), placed.rank());
                }).toList();
    }

    /** The latest moderation round where the panel has moderated, otherwise every evaluator's own marks. */
    private static List<EvaluationScore> counted(List<EvaluationScore> marks) {
        List<EvaluationScore> moderated = marks.stream()
                .filter(s -> s.stage() == EvaluationScore.Stage.MODERATED).toList();
        if (moderated.isEmpty()) {
            return marks;
        }
        int latest = moderated.stream().mapToInt(EvaluationScore::moderationRound).max().orElseThrow();
        return moderated.stream().filter(s -> s.moderationRound() == latest).toList();
    }

    private static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
