package scot.commissioningflow.commissioning.contract;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.platform.process.ProcessLog;

/** From award to live contract, keyed by tender reference (one contract per tender). */
@Component
public class ContractWorkers {

    private final OutcomeBasedContracts contracts;

    ContractWorkers(OutcomeBasedContracts contracts) {
        this.contracts = contracts;
    }

    /** The request the contract-signing call activity takes, and the contract's reference on its own. */
    record PreparedContract(String contractReference, ContractRequest contractRequest) {
    }

    record RegisteredContract(String registeredContract) {
    }

    @JobWorker(type = "prepare-outcome-based-contract")
    public PreparedContract prepare(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            ContractRequest request = contracts.request(tenderReference);
            return new PreparedContract(request.contractReference(), request);
        }
    }

    @JobWorker(type = "register-live-contract")
    public RegisteredContract registerLive(ActivatedJob job, @Variable String tenderReference,
            @Variable String contractDocumentId) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new RegisteredContract(contracts.registerLive(tenderReference, contractDocumentId));
        }
    }

    @JobWorker(type = "record-contract-not-signed")
    public void recordNotSigned(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            contracts.notSigned(tenderReference);
        }
    }
}
