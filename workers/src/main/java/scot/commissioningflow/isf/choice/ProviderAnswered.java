package scot.commissioningflow.isf.choice;

import java.math.BigDecimal;
import java.util.Collections;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** The provider's answer as the acceptance step leaves it in the process. */
public record ProviderAnswered(String isfReference, Boolean accepted, String acceptanceNotes,
        BigDecimal supportWorkerHourlyPay, BigDecimal sleepoverHourlyPay, ZeroHoursUse zeroHoursContracts,
        WorkerVoice workerVoice, String workerVoiceDescription, String workforceDevelopment,
        String genderPayGapAction, Boolean flexibleWorkingFromDayOne, Boolean fireAndRehire,
        Boolean flowsDownToSubcontractors, Boolean flowsDownToAgencyStaff) {

    /**
     * The declaration the shared fair-work check reads. ISF providers name one direct-care role, the support
     * worker, and describe their actions in words; the check itself reports anything missing.
     */
    FairWorkDeclaration declaration() {
        return new FairWorkDeclaration(Collections.singletonMap("support worker", supportWorkerHourlyPay),
                sleepoverHourlyPay, zeroHoursContracts, workerVoice, workerVoiceDescription,
                described(workforceDevelopment), described(genderPayGapAction),
                Boolean.TRUE.equals(flexibleWorkingFromDayOne), Boolean.TRUE.equals(fireAndRehire),
                Boolean.TRUE.equals(flowsDownToSubcontractors), Boolean.TRUE.equals(flowsDownToAgencyStaff), null);
    }

    private static DeclaredAction described(String words) {
        return words == null ? null : new DeclaredAction(!words.isBlank(), words.strip());
    }
}
