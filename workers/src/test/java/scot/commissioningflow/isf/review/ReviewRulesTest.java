package scot.commissioningflow.isf.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a review's outcome means for the agreement, and how its reason reads on the form and the variation. */
class ReviewRulesTest {

    private static final BigDecimal LIVE = new BigDecimal("12000.00");

    @Test
    void onlyADecisionToChangeTheBudgetToADifferentFigureIsSignedAsAVariation() {
        assertThat(Reviews.changesTheBudget("CHANGE_BUDGET", new BigDecimal("14400"), LIVE)).isTrue();
        assertThat(Reviews.changesTheBudget("CHANGE_BUDGET", new BigDecimal("12000"), LIVE)).isFalse();
        assertThat(Reviews.changesTheBudget("CHANGE_BUDGET", null, LIVE)).isFalse();
        assertThat(Reviews.changesTheBudget("KEEP_BUDGET", new BigDecimal("14400"), LIVE)).isFalse();
    }

    @Test
    void eachReasonEndsASentenceInPlainWords() {
        assertThat("The budget was reviewed because " + ReviewReason.OVERSPEND.inWords() + ".")
                .isEqualTo("The budget was reviewed because spending was running above the budget.");
        assertThat(ReviewReason.UNDERSPEND.inWords()).isEqualTo("spending was running well below the budget");
        assertThat(ReviewReason.NEEDS_CHANGED.inWords()).isEqualTo("the person's needs changed");
        assertThat(ReviewReason.ANNUAL.inWords()).isEqualTo("the scheduled review was due");
    }
}
