package scot.commissioningflow.isf.review;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the review decided: keep the budget, or change it (which is then signed as a variation). */
public record ReviewDecision(
        boolean changeBudget,
        @DecimalMin(value = "0.01", message = "must be more than zero pounds") BigDecimal newAnnualBudget,
        @NotBlank @Size(max = 4000) String notes) {

    /** The fields of the review form ({@code forms/isf/isf-review.form}). */
    ReviewFields asSubmission() {
        return new ReviewFields(changeBudget ? "CHANGE_BUDGET" : "KEEP_BUDGET", newAnnualBudget, notes);
    }

    record ReviewFields(String reviewOutcome, BigDecimal newAnnualBudget, String reviewNotes) {
    }
}
