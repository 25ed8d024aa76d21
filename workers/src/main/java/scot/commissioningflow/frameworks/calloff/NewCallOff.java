package scot.commissioningflow.frameworks.calloff;

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
 * A commissioner's call-off from one lot of a framework.
 *
 * @param directBasis for a call-off without reopening competition: the framework ranking or the person's choice
 * @param chosenProviderReference the provider the supported person chose (with {@code PERSONS_CHOICE})
 * @param choiceReason why they chose it, in their words (with {@code PERSONS_CHOICE})
 * @param peopleInvolved which supported people and carers took part in shaping the call-off, and how
 * @param pricedService the line of the members' price schedules the hourly rate is read from, if any
 * @param responseDays calendar days a mini-competition's invited members have to respond (ending on a working day)
 */
public record NewCallOff(
        @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String frameworkReference,
        @NotNull @Min(value = 1, message = "must be a lot number from 1") @Max(value = 999,
                message = "must be a lot number up to 999") Integer lotNumber,
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String serviceDescription,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String commissioningBody,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String commissionerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String commissionerEmail,
        @NotNull CallOffMethod method,
        DirectBasis directBasis,
        @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String chosenProviderReference,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String choiceReason,
        @NotBlank(message = "must say which supported people and carers took part and how, or why none did")
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String peopleInvolved,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal estimatedValueExVat,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal estimatedValueIncVat,
        @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal hourlyRate,
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String pricedService,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate startDate,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate endDate,
        @Min(value = 1, message = "must be at least one day") @Max(value = 60, message = "must be at most 60 days")
        Integer responseDays,
        @NotEmpty(message = "must list at least one outcome")
        @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_OUTCOMES)
        List<@Valid @NotNull OutcomeAndIndicator> outcomes,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String monitoringArrangements) {

    public record OutcomeAndIndicator(
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String outcome,
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String indicator) {
    }
}
