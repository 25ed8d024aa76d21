package scot.commissioningflow.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What every new period or correction of any dataset carries besides its own fields: the period, where the figure
 * comes from, and why it is being recorded (kept in the audit trail with who did it).
 */
public record PeriodEntry(
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @NotBlank @Size(max = 1000) String sourceNote,
        @NotBlank @Size(max = 1000) String reason) {
}
