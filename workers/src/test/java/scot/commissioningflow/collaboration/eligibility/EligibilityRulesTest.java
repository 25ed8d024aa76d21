package scot.commissioningflow.collaboration.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.collaboration.eligibility.EligibilityRules.Found;
import scot.commissioningflow.collaboration.round.RoundRequest;

/** Register eligibility and the cumulative funding that decides the Fair Work First evidence, with no database. */
class EligibilityRulesTest {

    private static final RoundRequest.EligibilityRules ALL = new RoundRequest.EligibilityRules(true, true, true,
            null);
    private static final RegisterEntry GOOD = new RegisterEntry("Spey Support", true, true, true, true,
            "the Scottish Charity Register");

    @Test
    void aPartnershipIsEligibleOnlyWhenEveryOrganisationInItIs() {
        var finding = EligibilityRules.judge(ALL, List.of(new Found("Spey Support", "SC012345", Optional.of(GOOD)),
                new Found("Tay Homes Ltd", "SC654321", Optional.of(new RegisterEntry("Tay Homes Ltd", true, false,
                        false, false, "the Companies House register")))));
        assertThat(finding.eligible()).isFalse();
        assertThat(finding.reason()).isEqualTo("The partnership is not eligible: Tay Homes Ltd on the Companies"
                + " House register is not a not-for-profit organisation. Tay Homes Ltd on the Companies House"
                + " register is not based in Scotland. Tay Homes Ltd on the Companies House register has accounts"
                + " overdue.");
    }

    @Test
    void anOrganisationNotOnItsRegisterIsNamedAndARuleTheRoundDoesNotSetIsNotApplied() {
        var missing = EligibilityRules.judge(ALL, List.of(new Found("Nowhere Trust", "SC999999", Optional.empty())));
        assertThat(missing.reason()).contains("Nowhere Trust (SC999999) is not on the register");
        var profitAllowed = new RoundRequest.EligibilityRules(false, true, true, null);
        var company = new RegisterEntry("Tay Homes Ltd", true, false, true, true, "the Companies House register");
        assertThat(EligibilityRules.judge(profitAllowed, List.of(new Found("Tay Homes Ltd", "SC1",
                Optional.of(company)))).eligible()).isTrue();
    }

    @Test
    void cumulativeFundingCountsThisApplicationAndEveryEarlierAward() {
        assertThat(EligibilityRules.cumulativeFunding(new BigDecimal("40000"), List.of()))
                .isEqualByComparingTo("40000");
        // A first award of £70,000 and a second application for £40,000 cross the £100,000 self-declaration limit.
        assertThat(EligibilityRules.cumulativeFunding(new BigDecimal("40000"), List.of(new BigDecimal("70000"))))
                .isEqualByComparingTo("110000");
    }
}
