package scot.commissioningflow.frameworks.admission;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A national pay uplift to re-issue every admitted member's price schedule with.
 *
 * @param upliftPercent added to every line of every schedule, e.g. 6.25
 * @param payUpliftReviewKey the pay uplift review (fair work) that found the new pay floor this implements, if any
 */
public record UpliftRequest(
        @NotNull @DateWindow(yearsBack = 1, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate effectiveFrom,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than zero")
        @DecimalMax(value = "50", message = "must be at most 50 per cent")
        @Digits(integer = 2, fraction = 2, message = "must have at most two decimal places") BigDecimal upliftPercent,
        @Size(max = TextLimits.IDENTIFIER, message = TextLimits.IDENTIFIER_TOO_LONG) String payUpliftReviewKey,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String reason) {
}
