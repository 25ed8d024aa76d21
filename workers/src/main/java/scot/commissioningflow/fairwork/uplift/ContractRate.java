package scot.commissioningflow.fairwork.uplift;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** A live contract's hourly rate for direct care; null when the contract is not priced by the hour. */
public record ContractRate(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String contractReference,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String provider,
        @DecimalMin(value = "0.00", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal hourlyRate) {
}
