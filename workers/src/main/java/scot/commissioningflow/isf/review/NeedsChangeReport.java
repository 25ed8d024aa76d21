package scot.commissioningflow.isf.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/** Anyone who can see the fund says the person's needs have changed. */
public record NeedsChangeReport(
        // Passed to the review process, so kept to what a process variable carries.
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String description) {
}
