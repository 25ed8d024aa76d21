package scot.commissioningflow.monitoring.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.TalkingPoint;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * The provider's monitoring return for a review: hours planned and delivered over the period, the lowest hourly pay
 * of any direct care worker in it, and outcomes per person supported in their own words.
 */
public record MonitoringReturn(
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate periodFrom,
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate periodTo,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "1000000", message = "must be at most 1,000,000 hours")
        @Digits(integer = 7, fraction = 2, message = "must have at most two decimal places") BigDecimal plannedHours,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "1000000", message = "must be at most 1,000,000 hours")
        @Digits(integer = 7, fraction = 2, message = "must have at most two decimal places") BigDecimal deliveredHours,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "1000", message = "must be at most £1,000 an hour")
        @Digits(integer = 4, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE) BigDecimal lowestHourlyPay,
        @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_OUTCOMES) List<@Valid PersonOutcome> outcomes) {

    public MonitoringReturn {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /**
     * One outcome for one person supported, as they (or their carer, or the provider) put it.
     *
     * @param personReference how the provider and council know the person, never their name
     * @param met whether the outcome is met, partly met or not met; left out where nobody said
     */
    public record PersonOutcome(
            @NotBlank @Size(max = TextLimits.IDENTIFIER, message = TextLimits.IDENTIFIER_TOO_LONG)
            String personReference,
            @NotNull TalkingPoint category,
            @NotNull Speaker spokenBy,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String words,
            OutcomeMet met) {
    }
}
