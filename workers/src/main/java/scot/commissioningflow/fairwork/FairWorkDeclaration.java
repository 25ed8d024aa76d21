package scot.commissioningflow.fairwork;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A provider's fair work declaration: the process variable {@code fairWorkDeclaration} that the
 * {@code fair-work-check} call activity receives, written and read as JSON with these component names. Every
 * feature that asks for a check builds this record.
 *
 * @param hourlyPayByRole hourly pay in pounds by role name, e.g. "Support worker" to 13.45; never empty
 * @param sleepoverHourlyPay pay for each sleepover hour, or null when the service has no sleepovers
 * @param workerVoiceDescription how workers are heard, needed to evidence a channel other than a trade union
 * @param cumulativeGrantFunding total grant funding to the provider, needed for grants to judge self-declaration
 */
public record FairWorkDeclaration(
        @NotNull(message = "is required")
        @Size(min = 1, message = "must name at least one role and its hourly pay")
        Map<@NotBlank(message = "has a role with no name")
                @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String,
                @NotNull(message = "is required") @DecimalMin(value = "0", message = MONEY)
                @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
                @Digits(integer = 9, fraction = 2, message = MONEY) BigDecimal> hourlyPayByRole,
        @DecimalMin(value = "0", message = MONEY) @Digits(integer = 9, fraction = 2, message = MONEY)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        BigDecimal sleepoverHourlyPay,
        @NotNull(message = "is required") ZeroHoursUse zeroHoursContracts,
        @NotNull(message = "is required") WorkerVoice workerVoice,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String workerVoiceDescription,
        @NotNull(message = "is required") DeclaredAction workforceDevelopment,
        @NotNull(message = "is required") DeclaredAction genderPayGapAction,
        boolean flexibleWorkingFromDayOne,
        boolean fireAndRehire,
        boolean flowsDownToSubcontractors,
        boolean flowsDownToAgencyStaff,
        @DecimalMin(value = "0", message = MONEY) @Digits(integer = 12, fraction = 2, message = MONEY)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        BigDecimal cumulativeGrantFunding) {

    static final String MONEY = "must be an amount in pounds and pence such as 13.45, not ${validatedValue}";
}
