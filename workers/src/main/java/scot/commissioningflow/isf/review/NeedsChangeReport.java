package scot.commissioningflow.isf.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Anyone who can see the fund says the person's needs have changed. */
public record NeedsChangeReport(@NotBlank @Size(max = 4000) String description) {
}
