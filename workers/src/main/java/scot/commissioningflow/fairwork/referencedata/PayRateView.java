package scot.commissioningflow.fairwork.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.fairwork.RateKind;

/** An hourly rate for a period, as held in the reference data. */
public record PayRateView(Long id, RateKind rateKind, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal hourlyRate, boolean inferred, String sourceNote) {
}
