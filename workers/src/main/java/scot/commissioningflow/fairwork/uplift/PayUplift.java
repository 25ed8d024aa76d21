package scot.commissioningflow.fairwork.uplift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.SustainablePrice;
import scot.commissioningflow.fairwork.Wording;

/**
 * The uplift calculation itself, a pure function of the contracts and the sustainable price on the date: the yearly
 * job a council otherwise does by hand in a spreadsheet when a new pay floor takes effect.
 */
final class PayUplift {

    private PayUplift() {
    }

    static UpliftReview review(List<ContractRate> contracts, SustainablePrice sustainable) {
        PayFloor floor = sustainable.payFloor();
        BigDecimal least = sustainable.leastSustainablePrice();
        List<UpliftReview.UpliftNeeded> needed = contracts.stream()
                .filter(contract -> contract.hourlyRate() != null && contract.hourlyRate().compareTo(least) < 0)
                .map(contract -> upliftFor(contract, floor, least, sustainable.totalOnCostPercentage()))
                .sorted(Comparator.comparing(UpliftReview.UpliftNeeded::upliftPerHour).reversed()
                        .thenComparing(UpliftReview.UpliftNeeded::contractReference))
                .toList();
        List<String> unpriced = contracts.stream().filter(contract -> contract.hourlyRate() == null)
                .map(ContractRate::contractReference).sorted().toList();
        return new UpliftReview(floor.date(), floor, least, contracts.size(), needed, unpriced,
                summary(contracts.size(), needed, unpriced, floor, least));
    }

    private static UpliftReview.UpliftNeeded upliftFor(ContractRate contract, PayFloor floor, BigDecimal least,
            BigDecimal onCostPercentage) {
        BigDecimal rate = contract.hourlyRate().setScale(2, RoundingMode.HALF_UP);
        BigDecimal uplift = least.subtract(rate);
        BigDecimal percentage = rate.signum() == 0 ? null
                : uplift.multiply(BigDecimal.valueOf(100)).divide(rate, 2, RoundingMode.HALF_UP);
        boolean belowFloor = rate.compareTo(floor.hourlyRate()) < 0;
        String reason = "The hourly rate of " + Wording.money(rate) + " is below the " + Wording.money(least)
                + " needed to pay " + floor.describe() + " plus on-costs of " + Wording.percentage(onCostPercentage)
                + ": it needs an uplift of " + Wording.money(uplift) + " an hour"
                + (percentage == null ? "" : " (" + Wording.percentage(percentage) + ")") + "."
                + (belowFloor ? " It does not cover the pay floor itself." : "");
        return new UpliftReview.UpliftNeeded(contract.contractReference(), contract.provider(), rate, uplift, least,
                percentage, belowFloor, reason);
    }

    private static String summary(int checked, List<UpliftReview.UpliftNeeded> needed, List<String> unpriced,
            PayFloor floor, BigDecimal least) {
        String contracts = checked == 1 ? "1 live contract" : checked + " live contracts";
        String outcome = needed.isEmpty() ? "none needs an uplift"
                : needed.size() + (needed.size() == 1 ? " needs an uplift" : " need an uplift")
                        + " to reach " + Wording.money(least) + " an hour";
        String unpricedNote = unpriced.isEmpty() ? ""
                : " " + unpriced.size() + " not priced by the hour must be checked another way.";
        return "Of " + contracts + " checked against " + floor.describe() + ", " + outcome + "." + unpricedNote;
    }
}
