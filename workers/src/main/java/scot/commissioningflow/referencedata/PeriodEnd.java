package scot.commissioningflow.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/** Ends an open period on its last day, with the reason. */
public record PeriodEnd(
        @NotNull @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
        LocalDate effectiveTo,
        @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String reason) {
}
