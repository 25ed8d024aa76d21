package scot.commissioningflow.isf.ledger;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/** A provider's statement of actual spend for one budget month. */
public record NewSpendStatement(
        @NotBlank @Size(max = TextLimits.IDENTIFIER, message = TextLimits.IDENTIFIER_TOO_LONG) String statementId,
        @NotNull @DateWindow(yearsBack = DateLimits.SPEND_YEARS_BACK, yearsAhead = DateLimits.SPEND_YEARS_AHEAD)
        LocalDate periodStart,
        @NotNull @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.PERSONAL_BUDGET_MAX, message = AmountLimits.MONTHLY_SPEND_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal amountSpent,
        @NotNull @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.MONTHLY_HOURS_MAX, message = AmountLimits.MONTHLY_HOURS_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.HOURS_DECIMALS,
                message = AmountLimits.HOURS_DECIMALS_MESSAGE)
        BigDecimal hoursDelivered,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String notes) {
}
