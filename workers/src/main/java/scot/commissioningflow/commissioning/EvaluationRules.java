package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most economically advantageous tender, as the tender's evaluation ranks it: quality and fair work as marked (out
 * of 100), price scored against the lowest price offered (lowest = 100), each weighted in percent. One rule for every
 * competition the product runs: a tender, a framework's mini-competition and care package brokerage all rank through
 * it (a framework weighs fair work at nought, having checked it at admission and again on each response). Ties go to
 * the better quality score, then to the earlier response, so the order never depends on chance.
 */
public final class EvaluationRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvaluationRules() {
    }

    /** The percentages each criterion carries; they add up to 100. */
    public record Weights(int quality, int price, int fairWork) {
    }

    /**
     * One response as marked. {@code arrival} names it in the ranking and orders responses that tie: a response or
     * offer id, lower for the earlier.
     */
    public record Marked(long arrival, BigDecimal quality, BigDecimal fairWork, BigDecimal totalPrice) {
    }

    /** A response's place: each criterion scored out of 100 and the weighted total out of 100; the first is 1. */
    public record Placed(long arrival, BigDecimal qualityScore, BigDecimal priceScore, BigDecimal fairWorkScore,
            BigDecimal totalScore, int rank) {
    }

    public static List<Placed> rank(Weights weights, List<Marked> responses) {
        BigDecimal lowestPrice = responses.stream().map(Marked::totalPrice).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE);
        List<Placed> unranked = new ArrayList<>(responses.stream()
                .map(response -> score(weights, response, lowestPrice)).toList());
        unranked.sort(Comparator.comparing(Placed::totalScore).reversed()
                .thenComparing(Comparator.comparing(Placed::qualityScore).reversed())
                .thenComparingLong(Placed::arrival));
        List<Placed> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Placed p = unranked.get(i);
            ranked.add(new Placed(p.arrival(), p.qualityScore(), p.priceScore(), p.fairWorkScore(), p.totalScore(),
                    i + 1));
        }
        return ranked;
    }

    /**
     * One response's scores against the lowest price offered in its competition (rank 0: not yet placed). A price of
     * nought or less cannot be compared and scores nought for price.
     */
    public static Placed score(Weights weights, Marked response, BigDecimal lowestPrice) {
        BigDecimal quality = response.quality().setScale(2, RoundingMode.HALF_UP);
        BigDecimal fairWork = response.fairWork().setScale(2, RoundingMode.HALF_UP);
        BigDecimal price = response.totalPrice().signum() <= 0 ? BigDecimal.ZERO.setScale(2)
                : lowestPrice.min(response.totalPrice()).multiply(HUNDRED)
                        .divide(response.totalPrice(), 2, RoundingMode.HALF_UP);
        BigDecimal total = quality.multiply(BigDecimal.valueOf(weights.quality()))
                .add(price.multiply(BigDecimal.valueOf(weights.price())))
                .add(fairWork.multiply(BigDecimal.valueOf(weights.fairWork())))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Placed(response.arrival(), quality, price, fairWork, total, 0);
    }
}
