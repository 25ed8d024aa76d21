package scot.commissioningflow.contracts.signing;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.documents.MissingContractFields;
import scot.commissioningflow.contracts.documents.UnusableTemplate;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The job workers of processes/contracts/contract-signing.bpmn, each reading the one {@code contractRequest}. A
 * template that is missing or unreadable, asks for fields the request does not give, or a request naming no
 * signatories cannot be mended by retrying, so it raises an incident at once, naming the contract and what is wrong; the operator corrects the variable or
 * the template and resolves the incident, and nothing is lost.
 */
@Component
public class ContractSigningWorkers {

    /** What generating tells the process: the document signatures will be bound to. */
    public record GeneratedContract(String contractDocumentId, String contractDocumentSha256) {
    }

    /**
     * What asking the parties tells the process: how long they have left to sign, as an ISO-8601 duration the
     * signing deadline's timer counts on the engine's own clock. The deadline itself is fixed and stored when the
     * parties are first asked, so a process resumed after a restart counts to the same deadline.
     */
    public record SignaturesRequested(String signingTimeLeft) {
    }

    /**
     * What the signing deadline tells the process: whether the contract was signed after all, by a last signature
     * given in the moment the deadline passed (the all-signed message then came too late for the process to take).
     */
    public record SigningClosed(boolean contractSigned) {
    }

    private final ContractSigning signing;

    ContractSigningWorkers(ContractSigning signing) {
        this.signing = signing;
    }

    @JobWorker(type = "generate-contract")
    public GeneratedContract generate(ActivatedJob job, @Variable ContractRequest contractRequest) {
        try (var ignored = ProcessLog.forJob(job)) {
            if (contractRequest == null) {
                throw CamundaError.jobError("contract-signing was started without the variable contractRequest: "
                        + "map the caller's ContractRequest into the call activity as contractRequest.", null, 0);
            }
            ContractDocumentView document = signing.generate(contractRequest);
            return new GeneratedContract(document.contractReference(), document.documentSha256());
        } catch (MissingContractFields | UnusableTemplate e) {
            // Permanent: no retry can mend the template or the request. A database that is briefly down is not
            // caught here, and is retried with backoff (platform.process.RetryWithBackoff).
            throw CamundaError.jobError("Contract " + contractRequest.contractReference() + " could not be generated: "
                    + e.getMessage(), null, 0);
        }
    }

    @JobWorker(type = "request-signatures")
    public SignaturesRequested requestSignatures(ActivatedJob job, @Variable ContractRequest contractRequest) {
        try (var ignored = ProcessLog.forJob(job)) {
            if (contractRequest.signatories().isEmpty()) {
                throw CamundaError.jobError("Contract " + contractRequest.contractReference() + " names no "
                        + "signatories: set contractRequest.signatories to a list of {role, name, email}.", null, 0);
            }
            Duration timeLeft = signing.requestSignatures(contractRequest.contractReference(),
                    contractRequest.signatories(), ContractRequest.timeToSign(contractRequest.signingDeadlineDays()));
            return new SignaturesRequested(timeLeft.toString());
        }
    }

    @JobWorker(type = "send-signature-reminder")
    public void remind(ActivatedJob job, @Variable ContractRequest contractRequest) {
        try (var ignored = ProcessLog.forJob(job)) {
            signing.remind(contractRequest.contractReference(), job.getKey());
        }
    }

    @JobWorker(type = "lapse-contract-signing")
    public SigningClosed lapse(ActivatedJob job, @Variable ContractRequest contractRequest) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new SigningClosed(signing.lapse(contractRequest.contractReference()));
        }
    }
}
