package scot.commissioningflow.isf.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import scot.commissioningflow.isf.review.ReviewReason;

/**
 * The ledger's arithmetic: a yearly budget and weekly hours spread over months, how far spend has strayed from the
 * budget, and whether that is far enough for the council's policy to ask for a review.
 */
public final class LedgerRules {

    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal WEEKS_IN_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LedgerRules() {
    }

    /** Why spend asks for a review, in the words the social worker reads. */
    public record ReviewTrigger(ReviewReason reason, String detail) {
    }

    public static BigDecimal monthly(BigDecimal annual) {
        return annual.divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    /** A year of weeks (52) spread over twelve months. */
    public static BigDecimal monthlyHours(BigDecimal weeklyHours) {
        return weeklyHours.multiply(WEEKS_IN_YEAR).divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    /** Over the budget positive, under it negative, to one decimal place; zero while nothing is budgeted. */
    public static BigDecimal variancePercent(BigDecimal spent, BigDecimal budget) {
        return budget.signum() == 0 ? BigDecimal.ZERO
                : spent.subtract(budget).multiply(HUNDRED).divide(budget, 1, RoundingMode.HALF_UP);
    }

    /**
     * A review is due when spend to date is beyond a threshold of the council's policy, not when it reaches it.
     *
     * @param overspendPercent how far over the budget, in per cent, spend may run before a review
     * @param underspendPercent how far under the budget, in per cent, spend may run before a review
     */
    public static Optional<ReviewTrigger> reviewTrigger(BigDecimal spentToDate, BigDecimal budgetToDate,
            BigDecimal overspendPercent, BigDecimal underspendPercent) {
        if (budgetToDate.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal variance = variancePercent(spentToDate, budgetToDate);
        if (variance.compareTo(overspendPercent) > 0) {
            return Optional.of(new ReviewTrigger(ReviewReason.OVERSPEND, "Spend to date is " + variance
                    + "% over the budget (£" + spentToDate + " against £" + budgetToDate
                    + "); a review is due above " + overspendPercent + "%."));
        }
        if (variance.negate().compareTo(underspendPercent) > 0) {
            return Optional.of(new ReviewTrigger(ReviewReason.UNDERSPEND, "Spend to date is " + variance.negate()
                    + "% under the budget (£" + spentToDate + " against £" + budgetToDate
                    + "); a review is due beyond " + underspendPercent + "%."));
        }
        return Optional.empty();
    }
}
