package scot.commissioningflow.collaboration.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.collaboration.payments.ReportRequest.Spend;

/** When a report lets a grant go on, and what is recovered when it does not. */
class ReportRulesTest {

    private static final Set<String> LINES = Set.of("Shared rota", "Co-design workshops");

    @Test
    void spendWithinTheBudgetLinesIsAcceptedPartWay() {
        var assessment = ReportRules.assess(LINES, List.of(new Spend("Shared rota", new BigDecimal("20000"))),
                new BigDecimal("45000"), false);
        assertThat(assessment.accepted()).isTrue();
    }

    @Test
    void moneyUnspentAtTheLastMilestoneIsRecovered() {
        var assessment = ReportRules.assess(LINES, List.of(new Spend("Shared rota", new BigDecimal("60000")),
                new Spend("Co-design workshops", new BigDecimal("25000"))), new BigDecimal("90000"), true);
        assertThat(assessment.accepted()).isFalse();
        assertThat(assessment.toRecover()).isEqualByComparingTo("5000");
        assertThat(assessment.findings()).isEqualTo("At the last milestone £5,000.00 of the £90,000.00 paid is"
                + " unspent and is to be repaid.");
    }

    @Test
    void spendOutsideTheAgreedLinesIsMisusedAndRecoveredAtOnce() {
        var assessment = ReportRules.assess(LINES, List.of(new Spend("Shared rota", new BigDecimal("10000")),
                new Spend("Directors' away day", new BigDecimal("3000"))), new BigDecimal("45000"), false);
        assertThat(assessment.accepted()).isFalse();
        assertThat(assessment.toRecover()).isEqualByComparingTo("3000");
        assertThat(assessment.findings()).contains("Directors' away day");
    }
}
