package scot.commissioningflow.contracts;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The job workers of processes/contracts/contract-signing.bpmn. A template that is missing or asks for fields the
 * process did not give cannot be mended by retrying, so it raises an incident at once, naming what is missing; the
 * operator corrects the variables or the template and resolves the incident, and nothing is lost.
 */
@Component
public class ContractSigningWorkers {

    private final ContractDocuments documents;

    ContractSigningWorkers(ContractDocuments documents) {
        this.documents = documents;
    }

    @JobWorker(type = "generate-contract")
    public Map<String, Object> generate(ActivatedJob job, @Variable String contractReference,
            @Variable String contractTemplate, @Variable Map<String, Object> contractFields) {
        try (var ignored = ProcessLog.forJob(job)) {
            ContractDocumentView document = documents.generate(contractReference, contractTemplate,
                    contractFields == null ? Map.of() : contractFields);
            return Map.of("contractDocumentId", document.contractReference(),
                    "contractDocumentSha256", document.documentSha256());
        } catch (MissingContractFields | IllegalArgumentException e) {
            throw CamundaError.jobError(e.getMessage(), null, 0);
        }
    }

    @JobWorker(type = "request-signatures")
    public void requestSignatures(ActivatedJob job, @Variable String contractReference,
            @Variable List<Map<String, Object>> signatories) {
        try (var ignored = ProcessLog.forJob(job)) {
            if (signatories == null || signatories.isEmpty()) {
                throw CamundaError.jobError("Contract " + contractReference
                        + " names no signatories: set the variable signatories to a list of {role, name, email}.",
                        null, 0);
            }
            documents.requestSignatures(contractReference, signatories.stream()
                    .map(s -> new SignatoryRequest(text(s, "role"), text(s, "name"), text(s, "email")))
                    .toList());
        }
    }

    @JobWorker(type = "send-signature-reminder")
    public void remind(ActivatedJob job, @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            documents.remind(contractReference, job.getKey());
        }
    }

    @JobWorker(type = "lapse-contract-signing")
    public Map<String, Object> lapse(ActivatedJob job, @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            documents.lapse(contractReference);
            return Map.of("contractSigned", false);
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }
}
