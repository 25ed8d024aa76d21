package scot.commissioningflow.tasks;

import java.util.Map;

/**
 * Human steps a feature completes through its own endpoint, because it checks who may act and records what the step
 * holds (a supported person's choice, a provider's answer, an award decision): the generic inbox must never complete
 * them. A model marks such a step with the {@code completedThrough} task header; these are the steps whose models do
 * not (yet) carry it, by process id and element id. {businessKey} in an endpoint is filled in.
 */
final class OwnEndpoints {

    private static final Map<String, String> BY_STEP = Map.of(
            "option2-individual-service-fund#RecordChoice", "POST /api/isfs/{businessKey}/choice",
            "option2-individual-service-fund#ProviderAcceptance", "POST /api/isfs/{businessKey}/provider-answer",
            "option2-individual-service-fund#ReviewIsf", "POST /api/isfs/{businessKey}/review-decision",
            "tender-response-period#AnswerClarification",
            "POST /api/tenders/{businessKey}/clarifications/{id}/answer",
            "tender-evaluation#DecideAward", "POST /api/tenders/{businessKey}/award-decision");

    private OwnEndpoints() {
    }

    /** The endpoint the header names, else the one listed here for the step, else null (the inbox completes it). */
    static String completedThrough(String header, String bpmnProcessId, String elementId, String businessKey) {
        String endpoint = header != null ? header : BY_STEP.get(bpmnProcessId + "#" + elementId);
        return endpoint == null ? null : endpoint.replace("{businessKey}", String.valueOf(businessKey));
    }
}
