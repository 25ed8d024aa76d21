package scot.commissioningflow.collaboration.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.commissioningflow.collaboration.payments.ReportRequest.Spend;
import scot.commissioningflow.fairwork.Wording;

/**
 * Whether a milestone's report lets the grant go on, with no database: money spent outside the agreed budget lines
 * is misused, and money paid and not spent when the last milestone is reported on is unspent; both are recovered.
 */
public final class ReportRules {

    private ReportRules() {
    }

    public record Assessment(boolean accepted, BigDecimal toRecover, String findings) {
    }

    public static BigDecimal total(List<Spend> spend) {
        return spend.stream().map(Spend::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param budgetLines    the lines of the agreed budget
     * @param spendSoFar     every line of spend reported so far, this report's included
     * @param paidSoFar      every stage paid so far
     * @param lastMilestone  whether this is the grant's last milestone
     */
    public static Assessment assess(Set<String> budgetLines, List<Spend> spendSoFar, BigDecimal paidSoFar,
            boolean lastMilestone) {
        List<Spend> outside = spendSoFar.stream().filter(s -> !budgetLines.contains(s.line())
                && s.amount().signum() > 0).toList();
        if (!outside.isEmpty()) {
            BigDecimal misused = total(outside);
            return new Assessment(false, misused, "Spend of " + Wording.money(misused) + " is on lines outside the"
                    + " agreed budget (" + outside.stream().map(Spend::line).distinct()
                    .collect(Collectors.joining(", ")) + ") and is to be repaid.");
        }
        BigDecimal spent = total(spendSoFar);
        BigDecimal unspent = paidSoFar.subtract(spent);
        if (lastMilestone && unspent.signum() > 0) {
            return new Assessment(false, unspent, "At the last milestone " + Wording.money(unspent) + " of the "
                    + Wording.money(paidSoFar) + " paid is unspent and is to be repaid.");
        }
        return new Assessment(true, BigDecimal.ZERO, "Spend of " + Wording.money(spent) + " so far is within the"
                + " agreed budget lines" + (lastMilestone ? " and accounts for every payment." : "."));
    }
}
