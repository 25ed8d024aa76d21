package scot.commissioningflow.frameworks.brokerage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/** An invited provider's offer for a package: its hourly rate, when it can start and how it would help. */
public record OfferRequest(
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal hourlyRate,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate canStartOn,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String howWeWouldHelp) {
}
