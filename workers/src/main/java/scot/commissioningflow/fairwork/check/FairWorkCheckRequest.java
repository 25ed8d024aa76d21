package scot.commissioningflow.fairwork.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * What the {@code check-fair-work} job (and {@code POST /api/fair-work/checks}) is given: a declaration to check,
 * with the context and start date it is checked for, under the caller's key. Named as the process variables are.
 */
public record FairWorkCheckRequest(
        @NotBlank(message = "is required") @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG)
        String fairWorkCheckKey,
        @NotNull(message = "is required") FairWorkContext fairWorkContext,
        @NotNull(message = "is required")
        @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
        LocalDate contractStartDate,
        @NotNull(message = "is required") @Valid FairWorkDeclaration fairWorkDeclaration) {
}
