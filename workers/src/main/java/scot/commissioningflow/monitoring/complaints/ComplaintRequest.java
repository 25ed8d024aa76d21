package scot.commissioningflow.monitoring.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A complaint an officer records about a monitored contract.
 *
 * @param summary what the complainant said, in their words, kept exactly as given
 * @param outcome what was found and done; may wait until the investigation ends
 */
public record ComplaintRequest(
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate receivedOn,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String summary,
        @NotNull ComplaintStatus status,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String outcome) {
}
