package scot.commissioningflow.contracts.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fields that fill every placeholder of the ISF agreement template, for the benchmarks that generate it. */
public final class SampleAgreement {

    private SampleAgreement() {
    }

    public static Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        for (String field : List.of("agreementReference", "personName", "councilName", "providerName",
                "providerEmail", "socialWorkerName", "socialWorkerEmail", "signingForPerson", "choiceInOwnWords",
                "choiceHelp", "annualBudget", "monthlyBudget", "weeklyHours", "carriedOverBalance", "startDate",
                "firstReviewDate", "reviewIntervalMonths", "noticePeriodDays")) {
            fields.put(field, "sample " + field);
        }
        fields.put("outcomes", List.of(Map.of("number", "1", "outcome", "Get out and about"),
                Map.of("number", "2", "outcome", "See friends every week")));
        return fields;
    }
}
