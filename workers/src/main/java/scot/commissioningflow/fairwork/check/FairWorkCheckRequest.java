package scot.commissioningflow.fairwork.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * What the {@code check-fair-work} job (and {@code POST /api/fair-work/checks}) is given: a declaration to check,
 * with the context and start date it is checked for, under the caller's key. Named as the process variables are.
 */
public record FairWorkCheckRequest(
        @NotBlank(message = "is required") String fairWorkCheckKey,
        @NotNull(message = "is required") FairWorkContext fairWorkContext,
        @NotNull(message = "is required") LocalDate contractStartDate,
        @NotNull(message = "is required") @Valid FairWorkDeclaration fairWorkDeclaration) {
}
