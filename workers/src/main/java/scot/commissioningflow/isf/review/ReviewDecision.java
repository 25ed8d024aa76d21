package scot.commissioningflow.isf.review;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** What the review decided: keep the budget, or change it (which is then signed as a variation). */
public record ReviewDecision(
        boolean changeBudget,
        @DecimalMin(value = "0.01", message = "must be more than zero pounds") BigDecimal newAnnualBudget,
        @NotBlank @Size(max = 4000) String notes) {

    /** The fields of the review form ({@code forms/isf/isf-review.form}). */
    Map<String, Object> asSubmission() {
        Map<String, Object> submission = new HashMap<>();
        submission.put("reviewOutcome", changeBudget ? "CHANGE_BUDGET" : "KEEP_BUDGET");
        submission.put("newAnnualBudget", newAnnualBudget);
        submission.put("reviewNotes", notes);
        return submission;
    }
}
