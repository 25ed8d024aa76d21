package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record IsfPolicyView(LocalDate effectiveFrom, BigDecimal overspendReviewPercent,
        BigDecimal underspendReviewPercent, int providerChangeNoticeDays, int reviewIntervalMonths,
        int signingDeadlineDays, String reason, String recordedBy, Instant recordedAt) {
}
