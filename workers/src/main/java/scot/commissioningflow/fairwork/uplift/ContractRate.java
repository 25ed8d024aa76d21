package scot.commissioningflow.fairwork.uplift;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

/** A live contract's hourly rate for direct care; null when the contract is not priced by the hour. */
public record ContractRate(
        @NotBlank String contractReference,
        @NotBlank String provider,
        @DecimalMin(value = "0.00") @Digits(integer = 6, fraction = 2, message = "must be in pounds and pence")
        BigDecimal hourlyRate) {
}
