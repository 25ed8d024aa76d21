package scot.commissioningflow.isf.choice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** The provider's answer, with its fair-work declaration for the check that follows an acceptance. */
public record ProviderAnswer(
        boolean accepted,
        @NotBlank @Size(max = 4000) String notes,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal supportWorkerHourlyPay,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal sleepoverHourlyPay,
        ZeroHoursUse zeroHoursContracts,
        WorkerVoice workerVoice,
        @Size(max = 4000) String workerVoiceDescription,
        @Size(max = 4000) String workforceDevelopment,
        @Size(max = 4000) String genderPayGapAction,
        boolean flexibleWorkingFromDayOne,
        boolean fireAndRehire,
        boolean flowsDownToSubcontractors,
        boolean flowsDownToAgencyStaff) {

    /** An acceptance carries what the fair-work check needs; a refusal needs only its reason. */
    boolean completeForFairWork() {
        return !accepted || supportWorkerHourlyPay != null && zeroHoursContracts != null && workerVoice != null;
    }

    /** The fields of the acceptance form ({@code forms/isf/isf-provider-acceptance.form}). */
    AcceptanceFields asSubmission() {
        return new AcceptanceFields(accepted ? "accept" : "decline", notes, supportWorkerHourlyPay,
                sleepoverHourlyPay, zeroHoursContracts == null ? null : zeroHoursContracts.name(),
                workerVoice == null ? null : workerVoice.name(), workerVoiceDescription, workforceDevelopment,
                genderPayGapAction, flexibleWorkingFromDayOne, fireAndRehire, flowsDownToSubcontractors,
                flowsDownToAgencyStaff);
    }

    record AcceptanceFields(String providerDecision, String acceptanceNotes, BigDecimal supportWorkerHourlyPay,
            BigDecimal sleepoverHourlyPay, String zeroHoursContracts, String workerVoice, String workerVoiceDescription,
            String workforceDevelopment, String genderPayGapAction, boolean flexibleWorkingFromDayOne,
            boolean fireAndRehire, boolean flowsDownToSubcontractors, boolean flowsDownToAgencyStaff) {
    }
}
