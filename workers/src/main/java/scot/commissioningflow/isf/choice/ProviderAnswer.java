package scot.commissioningflow.isf.choice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/** The provider's answer, with its fair-work declaration for the check that follows an acceptance. */
public record ProviderAnswer(
        boolean accepted,
        @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String notes,
        @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal supportWorkerHourlyPay,
        @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal sleepoverHourlyPay,
        ZeroHoursUse zeroHoursContracts,
        WorkerVoice workerVoice,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String workerVoiceDescription,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String workforceDevelopment,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String genderPayGapAction,
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
