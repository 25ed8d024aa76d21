package scot.commissioningflow.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Ends an open period on its last day, with the reason. */
public record PeriodEnd(
        @NotNull LocalDate effectiveTo,
        @NotBlank @Size(max = 1000) String reason) {
}
