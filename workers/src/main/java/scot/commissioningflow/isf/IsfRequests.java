package scot.commissioningflow.isf;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/** The requests people make of an ISF through the API, each the same fields as its form. */
final class IsfRequests {

    private IsfRequests() {
    }

    /** The person's choice of provider, in their own words, and who helped them. */
    public record ProviderChoice(
            @NotBlank @Size(max = 40) String providerReference,
            @NotBlank(message = "must say, in the person's own words, why they chose this provider")
            @Size(max = 4000) String inOwnWords,
            @NotNull ChoiceHelper helpedBy,
            @Size(max = 200) String helperName) {

        Map<String, Object> asVariables() {
            return Map.of("providerReference", providerReference, "choiceInOwnWords", inOwnWords,
                    "choiceHelpedBy", helpedBy.name(), "choiceHelperName", helperName == null ? "" : helperName);
        }
    }

    /** The provider's answer, with its fair-work declaration for the check that follows an acceptance. */
    public record ProviderAnswer(
            boolean accepted,
            @NotBlank @Size(max = 4000) String notes,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal supportWorkerHourlyPay,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal sleepoverHourlyPay,
            String zeroHoursContracts,
            String workerVoice,
            String workerVoiceDescription,
            String workforceDevelopment,
            String genderPayGapAction,
            boolean flexibleWorkingFromDayOne,
            boolean fireAndRehire,
            boolean flowsDownToSubcontractors,
            boolean flowsDownToAgencyStaff) {

        Map<String, Object> asVariables() {
            var variables = new java.util.HashMap<String, Object>();
            variables.put("providerDecision", accepted ? "accept" : "decline");
            variables.put("acceptanceNotes", notes);
            variables.put("supportWorkerHourlyPay", supportWorkerHourlyPay);
            variables.put("sleepoverHourlyPay", sleepoverHourlyPay);
            variables.put("zeroHoursContracts", zeroHoursContracts);
            variables.put("workerVoice", workerVoice);
            variables.put("workerVoiceDescription", workerVoiceDescription);
            variables.put("workforceDevelopment", workforceDevelopment);
            variables.put("genderPayGapAction", genderPayGapAction);
            variables.put("flexibleWorkingFromDayOne", flexibleWorkingFromDayOne);
            variables.put("fireAndRehire", fireAndRehire);
            variables.put("flowsDownToSubcontractors", flowsDownToSubcontractors);
            variables.put("flowsDownToAgencyStaff", flowsDownToAgencyStaff);
            return variables;
        }
    }

    /** What the review decided: keep the budget, or change it (which is then signed as a variation). */
    public record ReviewDecision(
            boolean changeBudget,
            @DecimalMin(value = "0.01", message = "must be more than zero pounds") BigDecimal newAnnualBudget,
            @NotBlank @Size(max = 4000) String notes) {
    }

    public record NeedsChangeReport(@NotBlank @Size(max = 4000) String description) {
    }

    /** Leaving Option 2: to another SDS option, or to another council area taking the support plan along. */
    public record Ending(
            @NotNull EndedHow how,
            @NotBlank(message = "must name the new SDS option or the council the person is moving to")
            @Size(max = 200) String movingTo,
            @NotBlank @Size(max = 4000) String reason) {
    }
}
