package scot.commissioningflow.frameworks.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import scot.commissioningflow.frameworks.FrameworkWeights;

/**
 * A member's framework score out of 100, by the framework's weights: quality from the Care Inspectorate grades of the
 * services it offers on the lot (the mean grade out of 6), price from its price for the lot's first priced service
 * against the lowest offered for it (the lowest price scores the whole price weight).
 */
final class FrameworkScore {

    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private FrameworkScore() {
    }

    static BigDecimal of(FrameworkWeights weights, Collection<Integer> grades, BigDecimal price, BigDecimal lowestPrice) {
        BigDecimal meanGrade = grades.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(grades.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(grades.size()), 6, RoundingMode.HALF_UP);
        BigDecimal quality = BigDecimal.valueOf(weights.qualityPercent()).multiply(meanGrade)
                .divide(SIX, 6, RoundingMode.HALF_UP);
        BigDecimal priceShare = price.signum() <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(weights.pricePercent()).multiply(lowestPrice.min(price))
                        .divide(price, 6, RoundingMode.HALF_UP);
        return quality.add(priceShare).setScale(2, RoundingMode.HALF_UP);
    }
}
