package scot.commissioningflow.fairwork;

import java.util.LinkedHashMap;
import java.util.Map;

/** One criterion's result, with the reason in a sentence a procurement officer can read. */
public record CriterionResult(Criterion criterion, boolean mandatory, Verdict result, String reason) {

    CriterionResult withVerdict(Verdict verdict, String newReason) {
        return new CriterionResult(criterion, mandatory, verdict, newReason);
    }

    Map<String, Object> asVariable() {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("criterion", criterion.name());
        variable.put("mandatory", mandatory);
        variable.put("result", result.name());
        variable.put("reason", reason);
        return variable;
    }
}
