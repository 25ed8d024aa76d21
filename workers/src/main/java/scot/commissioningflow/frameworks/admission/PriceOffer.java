package scot.commissioningflow.frameworks.admission;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** A provider's price for one of the lot's priced services, in pounds per the service's unit. */
public record PriceOffer(
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String pricedService,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = "100000", message = "must be at most £100,000 a unit")
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal rate) {
}
