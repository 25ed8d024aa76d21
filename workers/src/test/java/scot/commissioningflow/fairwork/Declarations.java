package scot.commissioningflow.fairwork;

import java.util.HashMap;
import java.util.Map;

/** A declaration that meets every criterion, to change one answer at a time. */
public final class Declarations {

    private Declarations() {
    }

    public static Map<String, Object> meetingEverything(double supportWorkerPay) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("hourlyPayByRole", Map.of("Support worker", supportWorkerPay));
        declaration.put("sleepoverHourlyPay", null);
        declaration.put("zeroHoursContracts", "NONE");
        declaration.put("workerVoice", "RECOGNISED_TRADE_UNION");
        declaration.put("workerVoiceDescription", "");
        declaration.put("workforceDevelopment", "SVQ 3 in Social Services and Healthcare funded for every worker.");
        declaration.put("genderPayGapAction", "Annual pay audit by grade, published with an action plan.");
        declaration.put("flexibleWorkingFromDayOne", true);
        declaration.put("fireAndRehire", false);
        declaration.put("flowsDownToSubcontractors", true);
        declaration.put("flowsDownToAgencyStaff", true);
        return declaration;
    }

    /**
     * The same commitments as the flat fields of a form that asks for them (the direct-award form, the ISF
     * provider's acceptance): one direct-care role, the support worker.
     */
    public static Map<String, Object> asFormFields(double supportWorkerPay, Double sleepoverPay) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("supportWorkerHourlyPay", supportWorkerPay);
        fields.put("sleepoverHourlyPay", sleepoverPay);
        fields.put("zeroHoursContracts", "NONE");
        fields.put("workerVoice", "RECOGNISED_TRADE_UNION");
        fields.put("workerVoiceDescription", "Recognition agreement with UNISON");
        fields.put("workforceDevelopment", "SVQ 3 in Social Services and Healthcare funded for every worker.");
        fields.put("genderPayGapAction", "Annual pay audit by grade, published with an action plan.");
        fields.put("flexibleWorkingFromDayOne", true);
        fields.put("fireAndRehire", false);
        fields.put("flowsDownToSubcontractors", true);
        fields.put("flowsDownToAgencyStaff", true);
        return fields;
    }

    public static Map<String, Object> with(Map<String, Object> declaration, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(declaration);
        changed.put(field, value);
        return changed;
    }
}
