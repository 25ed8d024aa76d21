package scot.commissioningflow.frameworks.calloff;

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
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * The commissioner's evaluation of a mini-competition: a quality mark (0-100) for each response whose fair work was
 * met, and why. The award goes to the response the framework's weights rank first.
 */
public record AwardDecision(
        @NotEmpty(message = "must mark at least one response")
        @Size(max = ListLimits.EVALUATORS, message = "must mark at most 50 responses")
        List<@Valid @NotNull Mark> marks,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String rationale) {

    public record Mark(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.SCORE_OUT_OF_RANGE)
            @DecimalMax(value = AmountLimits.SCORE_MAX, message = AmountLimits.SCORE_OUT_OF_RANGE)
            @Digits(integer = 3, fraction = 2, message = AmountLimits.SCORE_DECIMALS) BigDecimal qualityScore) {
    }
}
