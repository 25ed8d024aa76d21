package scot.commissioningflow.collaboration.application;

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
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A joint application as the lead provider writes it: the partners and each one's part, who uses support and how
 * they shaped the proposal, the outcomes sought, the budget by line and by partner, the milestones the money is paid
 * against, and the lead's fair work declaration (its cumulative grant funding is counted by the product, not typed).
 */
public record ApplicationRequest(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotNull @Valid Organisation lead,
        @NotEmpty @Size(max = 20, message = "must name at most 20 partners") List<@Valid @NotNull Partner> partners,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String whoUsesSupport,
        @NotEmpty @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_PARTICIPANTS)
        List<@Valid @NotNull Involvement> peopleInvolved,
        @NotEmpty @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_OUTCOMES)
        List<@NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String> outcomes,
        @NotEmpty @Size(max = 200, message = "must list at most 200 budget lines")
        List<@Valid @NotNull BudgetLine> budget,
        @NotEmpty @Size(max = 24, message = "must list at most 24 milestones") List<@Valid @NotNull Milestone> milestones,
        @NotNull @Valid FairWorkDeclaration fairWorkDeclaration) {

    /** How an organisation is found on a register: a Scottish charity number or a Companies House number. */
    public enum RegisterKind {
        CHARITY, COMPANY
    }

    /** The lead provider's own details: the organisation it acts for is the one signed in. */
    public record Organisation(
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String email,
            @NotNull RegisterKind registerKind,
            @NotBlank @Size(max = 20, message = "must be at most 20 characters") String registerNumber,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String part) {
    }

    /** A named partner: its provider reference (the organisation its people sign in for) and its part. */
    public record Partner(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String email,
            @NotNull RegisterKind registerKind,
            @NotBlank @Size(max = 20, message = "must be at most 20 characters") String registerNumber,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String part) {
    }

    /** Who took part in shaping the proposal, how many, and how: people lead. */
    public enum Participant {
        SUPPORTED_PEOPLE, UNPAID_CARERS, FAMILIES, COMMUNITY_ORGANISATIONS, FRONTLINE_STAFF
    }

    public record Involvement(@NotNull Participant who, @NotNull @Min(0) @Max(100_000) Integer howMany,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String how) {
    }

    /** A line of the budget and the partner that spends it (its provider reference; the lead's own for the lead). */
    public record BudgetLine(
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String line,
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String partner,
            @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
            @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE) BigDecimal amount) {
    }

    /** A stage of the work: paid at its start, reported on by its due date. */
    public record Milestone(
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String name,
            @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate reportDueOn,
            @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
            @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE) BigDecimal payment) {
    }
}
