package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.commissioningflow.frameworks.FrameworkWeights;

/**
 * Ranks what lot members offer on the framework's weights: quality (0-100) weighted against price, the price scored
 * against the lowest price offered (lowest = 100), as the tender's evaluation scores it. Used by a mini-competition
 * (quality as the commissioner marked each proposal) and by care package brokerage (quality from the member's
 * Care Inspectorate grades and framework score). Ties go to the better quality, then to the earlier offer, so the
 * order never depends on chance.
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
        BigDecimal lowest = candidates.stream().map(Candidate::price).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE);
        record Scored(Candidate candidate, BigDecimal quality, BigDecimal price, BigDecimal total) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            BigDecimal price = lowest.multiply(HUNDRED).divide(c.price(), 2, RoundingMode.HALF_UP);
            BigDecimal quality = c.quality().setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = quality.multiply(BigDecimal.valueOf(weights.qualityPercent()))
                    .add(price.multiply(BigDecimal.valueOf(weights.pricePercent())))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            scored.add(new Scored(c, quality, price, total));
        }
        scored.sort(Comparator.comparing(Scored::total).reversed()
                .thenComparing(Comparator.comparing(Scored::quality).reversed())
                .thenComparingLong(s -> s.candidate().arrival()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Ranked(s.candidate().providerReference(), s.quality(), s.price(), s.total(), i + 1));
        }
        return ranked;
    }
}
