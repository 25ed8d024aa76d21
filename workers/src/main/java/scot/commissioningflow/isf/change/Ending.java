package scot.commissioningflow.isf.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.isf.fund.EndedHow;
import scot.commissioningflow.platform.web.TextLimits;

/** Leaving Option 2: to another SDS option, or to another council area taking the support plan along. */
public record Ending(
        @NotNull EndedHow how,
        @NotBlank(message = "must name the new SDS option or the council the person is moving to")
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String movingTo,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String reason) {
}
