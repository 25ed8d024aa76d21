package scot.commissioningflow.frameworks.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import scot.commissioningflow.commissioning.EvaluationRules;
import scot.commissioningflow.commissioning.EvaluationRules.Marked;
import scot.commissioningflow.commissioning.EvaluationRules.Weights;
import scot.commissioningflow.frameworks.FrameworkWeights;

/**
 * A member's framework score out of 100, by the framework's weights and the tender's evaluation rule
 * ({@link EvaluationRules}): quality from the Care Inspectorate grades of the services it offers on the lot (the mean
 * grade out of 6, as a mark out of 100), price from its price for the lot's first priced service against the lowest
 * offered for it (the lowest price scores the whole price weight).
 */
final class FrameworkScore {

    private static final BigDecimal SIX = BigDecimal.valueOf(6);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FrameworkScore() {
    }

    static BigDecimal of(FrameworkWeights weights, Collection<Integer> grades, BigDecimal price, BigDecimal lowestPrice) {
        BigDecimal meanGrade = grades.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(grades.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(grades.size()), 6, RoundingMode.HALF_UP);
        BigDecimal quality = meanGrade.multiply(HUNDRED).divide(SIX, 6, RoundingMode.HALF_UP);
        return EvaluationRules.score(new Weights(weights.qualityPercent(), weights.pricePercent(), 0),
                new Marked(0, quality, BigDecimal.ZERO, price), lowestPrice).totalScore();
    }
}
