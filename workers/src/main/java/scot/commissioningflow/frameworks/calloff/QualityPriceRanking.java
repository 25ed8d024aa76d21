package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.commissioningflow.commissioning.EvaluationRules;
import scot.commissioningflow.commissioning.EvaluationRules.Marked;
import scot.commissioningflow.commissioning.EvaluationRules.Weights;
import scot.commissioningflow.frameworks.FrameworkWeights;

/**
 * Ranks what lot members offer on the framework's quality and price weights through the tender's own evaluation rule
 * ({@link EvaluationRules}; fair work is a pass or fail for a framework, so it weighs nought here). Used by a
 * mini-competition (quality as the commissioner marked each proposal) and by care package brokerage (quality from the
 * member's Care Inspectorate grades and framework score). {@code arrival} orders ties and must differ between
 * candidates (an offer or response id).
 */
public final class QualityPriceRanking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOP_GRADE = BigDecimal.valueOf(6);

    private QualityPriceRanking() {
    }

    /**
     * One offer to rank. {@code arrival} orders offers that tie (an offer id, or the order invited).
     */
    public record Candidate(String providerReference, BigDecimal quality, BigDecimal price, long arrival) {
    }

    public record Ranked(String providerReference, BigDecimal qualityScore, BigDecimal priceScore,
            BigDecimal totalScore, int rank) {
    }

    /**
     * Quality from what the framework knows of a member: the mean of its framework score (0-100) and its lowest Care
     * Inspectorate grade on a scale of 100 (6 excellent = 100); either alone when the other is not held, 0 with
     * neither.
     */
    public static BigDecimal qualityOf(BigDecimal frameworkScore, Integer lowestGrade) {
        BigDecimal grade = lowestGrade == null ? null
                : BigDecimal.valueOf(lowestGrade).multiply(HUNDRED).divide(TOP_GRADE, 2, RoundingMode.HALF_UP);
        if (frameworkScore == null && grade == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (frameworkScore == null || grade == null) {
            return (frameworkScore == null ? grade : frameworkScore).setScale(2, RoundingMode.HALF_UP);
        }
        return frameworkScore.add(grade).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
    }

    public static List<Ranked> rank(FrameworkWeights weights, List<Candidate> candidates) {
        Map<Long, Candidate> byArrival = candidates.stream()
                .collect(Collectors.toMap(Candidate::arrival, Function.identity()));
        return EvaluationRules.rank(new Weights(weights.qualityPercent(), weights.pricePercent(), 0),
                candidates.stream().map(c -> new Marked(c.arrival(), c.quality(), BigDecimal.ZERO, c.price()))
                        .toList())
                .stream().map(placed -> new Ranked(byArrival.get(placed.arrival()).providerReference(),
                        placed.qualityScore(), placed.priceScore(), placed.totalScore(), placed.rank()))
                .toList();
    }
}
