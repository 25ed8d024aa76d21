package scot.commissioningflow.commissioning.tender;

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

/** What a commissioner records to start commissioning: the need, its outcomes, who shaped them, and how to judge. */
public record TenderRequest(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String needDescription,
        @NotNull ServiceType serviceType,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal estimatedValueExVat,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal estimatedValueIncVat,
        // Published as an open opportunity: a start in the past, or decades away, is a slip.
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate contractStartDate,
        @NotNull @Min(1) @Max(120) Integer contractMonths,
        @NotEmpty @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_OUTCOMES)
        List<@Valid Outcome> outcomes,
        @NotEmpty @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_PARTICIPANTS)
        List<@Valid CoProduction> coProduction,
        boolean existingService,
        @Valid ExistingProvider existingProvider,
        @NotNull @Valid Weights weights,
        @NotEmpty @Size(max = ListLimits.EVALUATORS, message = ListLimits.TOO_MANY_EVALUATORS)
        List<@NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String> evaluators,
        @NotNull @Min(10) @Max(120) Integer responsePeriodDays,
        boolean noticesElectronic,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String paymentTerms,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG)
        String monitoringArrangements,
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String commissioningBody,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String commissionerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String commissionerEmail) {

    /** An outcome the support is for, and how we will know it is being achieved. */
    public record Outcome(
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String outcome,
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String indicator) {
    }

    /** Who took part in shaping the need and outcomes, and how. */
    public record CoProduction(@NotNull Participant who,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String how) {
    }

    public enum Participant {
        SUPPORTED_PEOPLE,
        UNPAID_CARERS,
        PROVIDERS,
        COMMUNITY_ORGANISATIONS,
        FRONTLINE_STAFF
    }

    public record ExistingProvider(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String reference,
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String email) {
    }

    /** Award criteria weightings in percent: set per tender, and they must add up to 100. */
    public record Weights(@NotNull @Min(0) @Max(100) Integer quality, @NotNull @Min(0) @Max(100) Integer price,
            @NotNull @Min(0) @Max(100) Integer fairWork) {

        int total() {
            return quality + price + fairWork;
        }
    }
}
