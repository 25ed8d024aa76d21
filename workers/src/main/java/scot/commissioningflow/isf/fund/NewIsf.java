package scot.commissioningflow.isf.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * What the social worker records after the assessment: the person, their outcomes and the indicative budget, and
 * optionally a shorter or longer review interval than the council's usual one for this person.
 */
public record NewIsf(
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String personName,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String personUserId,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String personEmail,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String councilName,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String socialWorkerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String socialWorkerEmail,
        @NotEmpty(message = "must list at least one personal outcome")
        @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_OUTCOMES)
        List<@NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String> outcomes,
        // Bounds well above any one person's support, so a slip of the keyboard is caught before it reaches a
        // contract (and the database's columns).
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.PERSONAL_BUDGET_MAX, message = AmountLimits.ANNUAL_BUDGET_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal indicativeAnnualBudget,
        @NotNull @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.WEEKLY_HOURS_MAX, message = AmountLimits.WEEKLY_HOURS_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.HOURS_DECIMALS,
                message = AmountLimits.HOURS_DECIMALS_MESSAGE)
        BigDecimal weeklyHours,
        @Valid Representative representative,
        @Min(value = 1, message = "must be at least one month") @Max(value = 36, message = "must be at most 36 months")
        Integer reviewIntervalMonths) {
}
