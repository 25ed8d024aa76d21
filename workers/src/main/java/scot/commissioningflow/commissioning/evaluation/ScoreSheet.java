package scot.commissioningflow.commissioning.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** An evaluator's marks (or the moderated consensus) for each response, out of 100, with the reasons. */
public record ScoreSheet(@NotEmpty List<@Valid ResponseScore> scores, String moderationNotes) {

    public record ResponseScore(
            @NotNull Long responseId,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal quality,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal fairWork,
            @NotBlank String comments) {
    }
}
