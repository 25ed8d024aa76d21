package scot.commissioningflow.isf.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A provider's statement of actual spend for one budget month. */
public record NewSpendStatement(
        @NotBlank @Size(max = 100) String statementId,
        @NotNull LocalDate periodStart,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal amountSpent,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal hoursDelivered,
        @Size(max = 2000) String notes) {
}
