package scot.commissioningflow.frameworks.calloff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** An invited lot member's response to a mini-competition: its proposal, its price and its fair work. */
public record CallOffResponseRequest(
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String proposal,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal hourlyRate,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal totalPrice,
        @NotNull @Valid FairWorkDeclaration fairWorkDeclaration) {
}
