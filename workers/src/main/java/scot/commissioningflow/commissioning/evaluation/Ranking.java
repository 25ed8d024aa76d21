package scot.commissioningflow.commissioning.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.tender.AwardWeights;

/**
 * Ranks responses on the most economically advantageous tender: quality and fair work as the evaluators marked them
 * (the latest moderated consensus where there is one, otherwise the evaluators' average), price scored relative to
 * the lowest price, each weighted as the tender set.
 */
final class Ranking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ranking() {
    }

    static List<RankedResponse> rank(AwardWeights weights, List<ResponseView> responses,
            List<EvaluationScore> scores) {
        BigDecimal lowestPrice = responses.stream().map(ResponseView::totalPrice).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE);
        Map<Long, List<EvaluationScore>> byResponse = scores.stream()
                .collect(Collectors.groupingBy(EvaluationScore::responseId));
        List<RankedResponse> unranked = new ArrayList<>();
        for (ResponseView response : responses) {
            List<EvaluationScore> counted = counted(byResponse.getOrDefault(response.id(), List.of()));
            BigDecimal quality = average(counted.stream().map(EvaluationScore::qualityScore).toList());
            BigDecimal fairWork = average(counted.stream().map(EvaluationScore::fairWorkScore).toList());
            BigDecimal price = lowestPrice.multiply(HUNDRED).divide(response.totalPrice(), 2, RoundingMode.HALF_UP);
            BigDecimal total = quality.multiply(BigDecimal.valueOf(weights.quality()))
                    .add(price.multiply(BigDecimal.valueOf(weights.price())))
                    .add(fairWork.multiply(BigDecimal.valueOf(weights.fairWork())))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            unranked.add(new RankedResponse(response.id(), response.providerReference(), response.providerName(),
                    response.totalPrice(), response.hourlyRate(), quality, price, fairWork, total, 0));
        }
        // Ties go to the better quality score, then to the earlier response, so the order never depends on chance.
        unranked.sort(Comparator.comparing(RankedResponse::totalScore).reversed()
                .thenComparing(Comparator.comparing(RankedResponse::qualityScore).reversed())
                .thenComparing(RankedResponse::responseId));
        List<RankedResponse> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedResponse r = unranked.get(i);
            ranked.add(new RankedResponse(r.responseId(), r.providerReference(), r.providerName(), r.totalPrice(),
                    r.hourlyRate(), r.qualityScore(), r.priceScore(), r.fairWorkScore(), r.totalScore(), i + 1));
        }
        return ranked;
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
