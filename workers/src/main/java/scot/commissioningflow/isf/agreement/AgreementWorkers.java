package scot.commissioningflow.isf.agreement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The agreement steps of processes/isf/option2-individual-service-fund.bpmn: prepare it for signing, record whether
 * everyone signed, and put it in place on its start date.
 */
@Component
public class AgreementWorkers {

    private final Agreements agreements;

    AgreementWorkers(Agreements agreements) {
        this.agreements = agreements;
    }

    /** The variables the contract-signing call activity leaves behind. */
    public record SigningOutcome(String isfReference, String contractReference, Boolean contractSigned,
            String contractDocumentId, String contractDocumentSha256) {
    }

    @JobWorker(type = "prepare-isf-agreement")
    public Agreements.PreparedAgreement prepare(ActivatedJob job, @Variable String isfReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return agreements.prepare(isfReference);
        }
    }

    /** Shared by the agreement and its variations: both are signed through contract-signing. */
    @JobWorker(type = "record-isf-signing-outcome")
    public void recordSigning(ActivatedJob job, @VariablesAsType SigningOutcome outcome) {
        try (var ignored = ProcessLog.forJob(job)) {
            agreements.recordSigning(outcome.isfReference(), outcome.contractReference(),
                    Boolean.TRUE.equals(outcome.contractSigned()), outcome.contractDocumentId(),
                    outcome.contractDocumentSha256());
        }
    }

    @JobWorker(type = "activate-isf-agreement")
    public Agreements.ReviewSchedule activate(ActivatedJob job, @Variable String isfReference,
            @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return agreements.activate(isfReference, contractReference);
        }
    }
}
