package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A version of the council's ISF rules as held, with the decision behind it and who recorded it. */
public record IsfPolicyView(Long id, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal overspendReviewPercent, BigDecimal underspendReviewPercent, int providerChangeNoticeDays,
        int reviewIntervalMonths, int signingDeadlineDays, String sourceNote, String recordedBy,
        Instant recordedAt) {
}
