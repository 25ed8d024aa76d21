package scot.commissioningflow.commissioning.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** An evaluator's marks (or the moderated consensus) for each response, out of 100, with the reasons. */
public record ScoreSheet(
        @NotEmpty List<@Valid ResponseScore> scores,
        // Passed to the tender process with the moderation, so kept to what a process variable carries.
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String moderationNotes) {

    public record ResponseScore(
            @NotNull Long responseId,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.SCORE_OUT_OF_RANGE)
            @DecimalMax(value = AmountLimits.SCORE_MAX, message = AmountLimits.SCORE_OUT_OF_RANGE)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = 2,
                    message = AmountLimits.SCORE_DECIMALS) BigDecimal quality,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.SCORE_OUT_OF_RANGE)
            @DecimalMax(value = AmountLimits.SCORE_MAX, message = AmountLimits.SCORE_OUT_OF_RANGE)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = 2,
                    message = AmountLimits.SCORE_DECIMALS) BigDecimal fairWork,
            // Quoted in the debrief letters, several to a letter, so kept to a note's length.
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String comments) {
    }
}
