package scot.commissioningflow.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * What every new period or correction of any dataset carries besides its own fields: the period, where the figure
 * comes from, and why it is being recorded (kept in the audit trail with who did it).
 */
public record PeriodEntry(
        @NotNull @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
        LocalDate effectiveFrom,
        @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
        LocalDate effectiveTo,
        @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String sourceNote,
        @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String reason) {
}
