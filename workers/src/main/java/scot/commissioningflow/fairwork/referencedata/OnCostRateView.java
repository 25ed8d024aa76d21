package scot.commissioningflow.fairwork.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.fairwork.OnCostComponent;

/** An on-cost percentage for a period, as held in the reference data. */
public record OnCostRateView(Long id, OnCostComponent component, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal percentage, boolean inferred, String sourceNote) {
}
