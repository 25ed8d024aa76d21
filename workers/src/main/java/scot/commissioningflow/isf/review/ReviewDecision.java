package scot.commissioningflow.isf.review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** What the review decided: keep the budget, or change it (which is then signed as a variation). */
public record ReviewDecision(
        boolean changeBudget,
        @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.PERSONAL_BUDGET_MAX, message = AmountLimits.ANNUAL_BUDGET_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal newAnnualBudget,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String notes) {

    /** The fields of the review form ({@code forms/isf/isf-review.form}). */
    ReviewFields asSubmission() {
        return new ReviewFields(changeBudget ? "CHANGE_BUDGET" : "KEEP_BUDGET", newAnnualBudget, notes);
    }

    record ReviewFields(String reviewOutcome, BigDecimal newAnnualBudget, String reviewNotes) {
    }
}
