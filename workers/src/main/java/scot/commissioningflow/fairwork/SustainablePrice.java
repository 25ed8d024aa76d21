package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.util.List;

/** The least hourly price that pays a pay floor and carries its on-costs. */
public record SustainablePrice(PayFloor payFloor, List<PriceAssessment.OnCost> onCosts,
        BigDecimal totalOnCostPercentage, BigDecimal leastSustainablePrice) {
}
