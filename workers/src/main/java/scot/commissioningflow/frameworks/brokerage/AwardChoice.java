package scot.commissioningflow.frameworks.brokerage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Participant;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * Which offer is accepted, decided with the person. Choosing other than the offer ranked first needs the reason,
 * such as the person's own choice of provider, recorded in their words.
 *
 * @param participants who took part in choosing, and how
 */
public record AwardChoice(
        @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String providerReference,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String reason,
        @NotEmpty(message = "must say who took part in choosing, and how; the person first")
        @Size(max = 100, message = ListLimits.TOO_MANY_PARTICIPANTS) List<@Valid @NotNull Participant> participants) {
}
