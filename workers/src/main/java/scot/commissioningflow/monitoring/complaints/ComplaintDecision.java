package scot.commissioningflow.monitoring.complaints;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/** What an investigation found: whether the complaint is upheld, and the outcome. */
public record ComplaintDecision(
        @NotNull ComplaintStatus status,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String outcome) {
}
