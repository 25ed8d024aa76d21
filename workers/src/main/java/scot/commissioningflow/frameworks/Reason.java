package scot.commissioningflow.frameworks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/** Why the national body reopens a framework or suspends, reinstates or removes a member, kept as written. */
public record Reason(@NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String reason) {
}
