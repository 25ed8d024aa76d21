package scot.commissioningflow.collaboration.panel;

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

/** What panel members and the funder send the panel's endpoints. */
public final class PanelRequests {

    private PanelRequests() {
    }

    /** A panel member's declarations: one for each application they are asked about. */
    public record Declarations(@NotEmpty @Size(max = 500, message = "must declare on at most 500 applications")
            List<@Valid @NotNull Declaration> declarations) {
    }

    public record Declaration(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String applicationReference,
            boolean conflicted,
            @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String interest) {
    }

    /** A panel member's marks for one application: one for each of the round's criteria. */
    public record Scores(@NotEmpty @Size(max = 20, message = "must give at most 20 marks")
            List<@Valid @NotNull CriterionScore> scores) {
    }

    public record CriterionScore(
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String criterion,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.SCORE_OUT_OF_RANGE)
            @DecimalMax(value = AmountLimits.SCORE_MAX, message = AmountLimits.SCORE_OUT_OF_RANGE)
            @Digits(integer = 3, fraction = 2, message = AmountLimits.SCORE_DECIMALS) BigDecimal score,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String comment) {
    }

    /** The funder's moderation: marks the panel agreed where members differed, and the conditions of every grant. */
    public record Moderation(
            @Size(max = 2000, message = "must moderate at most 2,000 marks")
            List<@Valid @NotNull ModeratedMark> moderatedScores,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String awardConditions) {
    }

    public record ModeratedMark(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String applicationReference,
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String criterion,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.SCORE_OUT_OF_RANGE)
            @DecimalMax(value = AmountLimits.SCORE_MAX, message = AmountLimits.SCORE_OUT_OF_RANGE)
            @Digits(integer = 3, fraction = 2, message = AmountLimits.SCORE_DECIMALS) BigDecimal score,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String reason) {
    }

    /** What a panel member is asked to declare on, and where they stand: a list with no application's contents. */
    public record PanelItem(String applicationReference, String title, String leadName, List<String> partnerNames,
            PanelRules.Declared declared) {
    }

    /** One member's mark as the funder sees it at moderation. */
    public record MarkView(String applicationReference, String panelMember, String criterion, BigDecimal score,
            String comment) {
    }
}
