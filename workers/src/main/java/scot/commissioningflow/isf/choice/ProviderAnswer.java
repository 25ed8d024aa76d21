package scot.commissioningflow.isf.choice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
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
    Map<String, Object> asSubmission() {
        Map<String, Object> submission = new HashMap<>();
        submission.put("providerDecision", accepted ? "accept" : "decline");
        submission.put("acceptanceNotes", notes);
        submission.put("supportWorkerHourlyPay", supportWorkerHourlyPay);
        submission.put("sleepoverHourlyPay", sleepoverHourlyPay);
        submission.put("zeroHoursContracts", zeroHoursContracts == null ? null : zeroHoursContracts.name());
        submission.put("workerVoice", workerVoice == null ? null : workerVoice.name());
        submission.put("workerVoiceDescription", workerVoiceDescription);
        submission.put("workforceDevelopment", workforceDevelopment);
        submission.put("genderPayGapAction", genderPayGapAction);
        submission.put("flexibleWorkingFromDayOne", flexibleWorkingFromDayOne);
        submission.put("fireAndRehire", fireAndRehire);
        submission.put("flowsDownToSubcontractors", flowsDownToSubcontractors);
        submission.put("flowsDownToAgencyStaff", flowsDownToAgencyStaff);
        return submission;
    }
}
