package scot.commissioningflow.collaboration.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * What a funder sets when it opens a funding round. The weights of the criteria add up to 100; the panel's members
 * are named by their sign-in names.
 */
public record RoundRequest(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String purpose,
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String funderName,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String funderSignatory,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String funderEmail,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal budget,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate opensOn,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate closesOn,
        @NotEmpty @Size(max = 20, message = "must list at most 20 criteria") List<@Valid @NotNull Criterion> criteria,
        @NotNull @Valid EligibilityRules eligibility,
        @NotEmpty @Size(max = ListLimits.EVALUATORS, message = "must name at most 50 panel members")
        List<@NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String> panelMembers,
        @NotNull @Min(1) @Max(90) Integer reportReminderDays,
        @NotNull @Min(1) @Max(180) Integer reportGraceDays) {

    /** An assessment criterion, its weight in percent, and what the panel looks for. */
    public record Criterion(
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotNull @Min(1) @Max(100) Integer weight,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String guidance) {
    }

    /**
     * Which register facts every partner must show, and the round's further rules in words (for applicants and the
     * panel; the product checks the three flags).
     */
    public record EligibilityRules(boolean notForProfit, boolean scottishBase, boolean accountsFiled,
            @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String furtherRules) {
    }
}
