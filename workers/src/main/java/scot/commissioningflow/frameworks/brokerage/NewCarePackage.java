package scot.commissioningflow.frameworks.brokerage;

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
 * A care package a social worker posts for one person, as the person described what they want.
 *
 * @param supportTimes the hours and times support is needed, as agreed with the person
 * @param outcomesInOwnWords what the person wants from their support, in their words
 * @param chosenProviderReference a provider the person chose, if any: it is shown beside the ranking
 * @param pricedService the line of the lot's price schedules an offer may not exceed, if any
 * @param offerWindowHours working hours providers have to offer (the installation's default when left out)
 * @param participants who took part in shaping the package and how: the person, carers, family, advocates
 */
public record NewCarePackage(
        @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String frameworkReference,
        @NotNull @Min(value = 1, message = "must be a lot number from 1") @Max(value = 999,
                message = "must be a lot number up to 999") Integer lotNumber,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String councilArea,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String personName,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String personUserId,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String personEmail,
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String representativeUserId,
        @NotNull @DecimalMin(value = "0.25", message = "must be at least a quarter of an hour a week")
        @DecimalMax(value = AmountLimits.WEEKLY_HOURS_MAX, message = AmountLimits.WEEKLY_HOURS_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.HOURS_DECIMALS,
                message = AmountLimits.HOURS_DECIMALS_MESSAGE) BigDecimal weeklyHours,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String supportTimes,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String needs,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String outcomesInOwnWords,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String preferences,
        @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String chosenProviderReference,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String choiceInOwnWords,
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String pricedService,
        @NotNull @DateWindow(yearsBack = 0, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate startDate,
        @Min(value = 1, message = "must be at least one working hour")
        @Max(value = 80, message = "must be at most 80 working hours") Integer offerWindowHours,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String socialWorkerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String socialWorkerEmail,
        @NotEmpty(message = "must say who took part in shaping the package, and how; the person first")
        @Size(max = 100, message = ListLimits.TOO_MANY_PARTICIPANTS) List<@Valid @NotNull Participant> participants) {

    /** Someone who took part, and how, in their role's words. */
    public record Participant(
            @NotNull Who who,
            @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String how) {
    }

    public enum Who {
        SUPPORTED_PERSON,
        CARER,
        FAMILY,
        REPRESENTATIVE,
        ADVOCATE,
        SOCIAL_WORKER
    }
}
