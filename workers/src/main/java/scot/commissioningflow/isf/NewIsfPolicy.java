package scot.commissioningflow.isf;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of the ISF rules, from a date; earlier versions stay as they were for the dates they covered. */
public record NewIsfPolicy(
        @NotNull LocalDate effectiveFrom,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than zero per cent")
        @DecimalMax(value = "500", message = "must be at most 500 per cent") BigDecimal overspendReviewPercent,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than zero per cent")
        @DecimalMax(value = "100", message = "must be at most 100 per cent") BigDecimal underspendReviewPercent,
        @Min(value = 0, message = "must not be negative") @Max(value = 365, message = "must be at most 365 days")
        int providerChangeNoticeDays,
        @Min(value = 1, message = "must be at least one month") @Max(value = 36, message = "must be at most 36 months")
        int reviewIntervalMonths,
        @Min(value = 1, message = "must be at least one day") @Max(value = 90, message = "must be at most 90 days")
        int signingDeadlineDays,
        @NotBlank @Size(max = 500) String reason) {
}
