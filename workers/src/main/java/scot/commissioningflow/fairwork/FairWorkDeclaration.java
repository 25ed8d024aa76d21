package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A provider's fair work declaration, read and validated from the {@code fairWorkDeclaration} variable.
 *
 * @param hourlyPayByRole hourly pay in pounds by role name, e.g. "Support worker" to 13.45; never empty
 * @param sleepoverHourlyPay pay for each sleepover hour, or null when the service has no sleepovers
 * @param cumulativeGrantFunding total grant funding to the provider, needed for grants to judge self-declaration
 */
public record FairWorkDeclaration(
        Map<String, BigDecimal> hourlyPayByRole,
        BigDecimal sleepoverHourlyPay,
        ZeroHoursUse zeroHoursContracts,
        WorkerVoice workerVoice,
        String workerVoiceDescription,
        DeclaredAction workforceDevelopment,
        DeclaredAction genderPayGapAction,
        boolean flexibleWorkingFromDayOne,
        boolean fireAndRehire,
        boolean flowsDownToSubcontractors,
        boolean flowsDownToAgencyStaff,
        BigDecimal cumulativeGrantFunding) {
}
