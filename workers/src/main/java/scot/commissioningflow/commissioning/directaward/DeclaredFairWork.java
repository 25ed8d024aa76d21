package scot.commissioningflow.commissioning.directaward;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/**
 * The existing provider's fair work as the commissioner records it in the direct-award form (one field per answer,
 * as a form holds them; the senior rate and sleepover pay may be left empty).
 */
record DeclaredFairWork(BigDecimal supportWorkerHourlyPay, BigDecimal seniorSupportWorkerHourlyPay,
        BigDecimal sleepoverHourlyPay, ZeroHoursUse zeroHoursContracts, WorkerVoice workerVoice,
        String workerVoiceDescription, String workforceDevelopment, String genderPayGapAction,
        boolean flexibleWorkingFromDayOne, boolean fireAndRehire, boolean flowsDownToSubcontractors,
        boolean flowsDownToAgencyStaff) {

    /** The declaration the fair-work check reads; grant funding plays no part in a contract. */
    FairWorkDeclaration declaration() {
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        pay.put("support worker", supportWorkerHourlyPay);
        if (seniorSupportWorkerHourlyPay != null) {
            pay.put("senior support worker", seniorSupportWorkerHourlyPay);
        }
        return new FairWorkDeclaration(pay, sleepoverHourlyPay, zeroHoursContracts, workerVoice,
                workerVoiceDescription, described(workforceDevelopment), described(genderPayGapAction),
                flexibleWorkingFromDayOne, fireAndRehire, flowsDownToSubcontractors, flowsDownToAgencyStaff, null);
    }

    private static DeclaredAction described(String words) {
        return words == null ? null : new DeclaredAction(!words.isBlank(), words.strip());
    }
}
