package scot.commissioningflow.isf.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the social worker records after the assessment: the person, their outcomes and the indicative budget, and
 * optionally a shorter or longer review interval than the council's usual one for this person.
 */
public record NewIsf(
        @NotBlank @Size(max = 200) String personName,
        @NotBlank @Size(max = 200) String personUserId,
        @NotBlank @Email String personEmail,
        @NotBlank @Size(max = 200) String councilName,
        @NotBlank @Size(max = 200) String socialWorkerName,
        @NotBlank @Email String socialWorkerEmail,
        @NotEmpty(message = "must list at least one personal outcome")
        List<@NotBlank @Size(max = 1000) String> outcomes,
        // Bounds well above any one person's support, so a slip of the keyboard is caught before it reaches a
        // contract (and the database's columns).
        @NotNull @DecimalMin(value = "0.01", message = "must be more than zero pounds")
        @DecimalMax(value = "1000000", message = "must be at most £1,000,000 a year") BigDecimal indicativeAnnualBudget,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "672", message = "must be at most 672 hours a week (four workers round the clock)")
        BigDecimal weeklyHours,
        @Valid Representative representative,
        @Min(value = 1, message = "must be at least one month") @Max(value = 36, message = "must be at most 36 months")
        Integer reviewIntervalMonths) {
}
