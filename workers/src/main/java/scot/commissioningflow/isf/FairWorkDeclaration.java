package scot.commissioningflow.isf;

import java.util.HashMap;
import java.util.Map;

/**
 * The provider's fair-work declaration in the shape the shared fair-work check reads, built from the flat fields of
 * the provider's answer form. ISF providers name one direct-care role: the support worker.
 */
final class FairWorkDeclaration {

    private FairWorkDeclaration() {
    }

    static Map<String, Object> from(Map<String, Object> answer) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("hourlyPayByRole", Map.of("support worker", answer.get("supportWorkerHourlyPay")));
        declaration.put("sleepoverHourlyPay", answer.get("sleepoverHourlyPay"));
        declaration.put("zeroHoursContracts", answer.get("zeroHoursContracts"));
        declaration.put("workerVoice", answer.get("workerVoice"));
        for (String field : new String[] {"workerVoiceDescription", "workforceDevelopment", "genderPayGapAction",
                "flexibleWorkingFromDayOne", "fireAndRehire", "flowsDownToSubcontractors", "flowsDownToAgencyStaff"}) {
            declaration.put(field, answer.get(field));
        }
        return declaration;
    }
}
