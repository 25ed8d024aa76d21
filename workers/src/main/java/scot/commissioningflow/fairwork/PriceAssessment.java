package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether an hourly price can pay the floor and carry its on-costs, with the arithmetic shown line by line.
 *
 * @param leastSustainablePrice the pay floor plus every on-cost, each rounded to the penny
 * @param shortfall how far the price falls below the least sustainable price; zero when it does not
 * @param arithmetic the sum as a person checks it: the floor, each on-cost, the total and the comparison
 * @param explanation one sentence for the procurement officer
 */
public record PriceAssessment(
        BigDecimal hourlyPrice,
        LocalDate startDate,
        PayFloor payFloor,
        List<OnCost> onCosts,
        BigDecimal totalOnCostPercentage,
        BigDecimal leastSustainablePrice,
        boolean abnormallyLow,
        BigDecimal shortfall,
        List<String> arithmetic,
        String explanation) {

    /** One on-cost: its percentage of the pay floor and what that comes to an hour. */
    public record OnCost(OnCostComponent component, BigDecimal percentage, BigDecimal amount, boolean inferred) {
    }
}
