package scot.commissioningflow.isf.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.isf.review.ReviewReason;

/** The ledger's arithmetic and the council's review thresholds, with no application around them. */
class LedgerRulesTest {

    /** The starting policy's thresholds: a review beyond 10% over or 25% under the budget to date. */
    private static final BigDecimal OVER = new BigDecimal("10.00");
    private static final BigDecimal UNDER = new BigDecimal("25.00");

    @Test
    void aYearlyBudgetAndWeeklyHoursAreSpreadOverTwelveMonthsToThePenny() {
        assertThat(LedgerRules.monthly(new BigDecimal("12000"))).isEqualByComparingTo("1000.00");
        assertThat(LedgerRules.monthly(new BigDecimal("10000"))).isEqualByComparingTo("833.33");
        assertThat(LedgerRules.monthly(new BigDecimal("14400"))).isEqualByComparingTo("1200.00");
        assertThat(LedgerRules.monthlyHours(new BigDecimal("10"))).isEqualByComparingTo("43.33");
        assertThat(LedgerRules.monthlyHours(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void varianceIsPositiveOverTheBudgetNegativeUnderAndZeroWithNothingBudgeted() {
        assertThat(LedgerRules.variancePercent(new BigDecimal("1200"), new BigDecimal("1000")))
                .isEqualByComparingTo("20.0");
        assertThat(LedgerRules.variancePercent(new BigDecimal("600"), new BigDecimal("1000")))
                .isEqualByComparingTo("-40.0");
        assertThat(LedgerRules.variancePercent(new BigDecimal("333.33"), new BigDecimal("1000")))
                .isEqualByComparingTo("-66.7");
        assertThat(LedgerRules.variancePercent(new BigDecimal("50"), BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void spendBeyondTheOverspendThresholdAsksForAReviewButSpendAtItDoesNot() {
        assertThat(LedgerRules.reviewTrigger(new BigDecimal("1100"), new BigDecimal("1000"), OVER, UNDER)).isEmpty();
        var trigger = LedgerRules.reviewTrigger(new BigDecimal("1101"), new BigDecimal("1000"), OVER, UNDER);
        assertThat(trigger).hasValueSatisfying(t -> {
            assertThat(t.reason()).isEqualTo(ReviewReason.OVERSPEND);
            assertThat(t.detail()).isEqualTo("Spend to date is 10.1% over the budget (£1101 against £1000); "
                    + "a review is due above 10.00%.");
        });
    }

    @Test
    void spendBeyondTheUnderspendThresholdAsksForAReviewButSpendAtItDoesNot() {
        assertThat(LedgerRules.reviewTrigger(new BigDecimal("750"), new BigDecimal("1000"), OVER, UNDER)).isEmpty();
        assertThat(LedgerRules.reviewTrigger(new BigDecimal("749"), new BigDecimal("1000"), OVER, UNDER))
                .hasValueSatisfying(t -> {
                    assertThat(t.reason()).isEqualTo(ReviewReason.UNDERSPEND);
                    assertThat(t.detail()).contains("25.1% under the budget").contains("due beyond 25.00%");
                });
    }

    @Test
    void nothingBudgetedYetNeverAsksForAReview() {
        assertThat(LedgerRules.reviewTrigger(new BigDecimal("5000"), BigDecimal.ZERO, OVER, UNDER)).isEmpty();
    }
}
