package scot.commissioningflow.frameworks.brokerage;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.platform.process.ProcessLog;

/** The steps of care-package-brokerage.bpmn and its placement call activity, keyed by care package reference. */
@Component
public class BrokerageWorkers {

    private final Brokerage brokerage;

    BrokerageWorkers(Brokerage brokerage) {
        this.brokerage = brokerage;
    }

    record Prepared(ContractRequest contractRequest) {
    }

    record Placed(String placementAgreement) {
    }

    @JobWorker(type = "invite-eligible-providers")
    public Brokerage.Invited invite(ActivatedJob job, @Variable String carePackageReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return brokerage.invite(carePackageReference);
        }
    }

    @JobWorker(type = "close-and-rank-offers")
    public Brokerage.Ranking closeAndRank(ActivatedJob job, @Variable String carePackageReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return brokerage.closeAndRank(carePackageReference);
        }
    }

    @JobWorker(type = "tell-other-providers")
    public void tellOthers(ActivatedJob job, @Variable String carePackageReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            brokerage.tellOthers(carePackageReference);
        }
    }

    @JobWorker(type = "record-unfilled-care-package")
    public void unfilled(ActivatedJob job, @Variable String carePackageReference, @Variable String escalationNotes,
            @Variable String escalatedTo) {
        try (var ignored = ProcessLog.forJob(job)) {
            brokerage.unfilled(carePackageReference, escalationNotes, escalatedTo);
        }
    }

    @JobWorker(type = "prepare-placement-agreement")
    public Prepared prepare(ActivatedJob job, @Variable String carePackageReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Prepared(brokerage.placementRequest(carePackageReference));
        }
    }

    @JobWorker(type = "register-placement")
    public Placed register(ActivatedJob job, @Variable String carePackageReference,
            @Variable String contractDocumentId) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Placed(brokerage.placed(carePackageReference, contractDocumentId));
        }
    }

    @JobWorker(type = "record-placement-not-signed")
    public void notSigned(ActivatedJob job, @Variable String carePackageReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            brokerage.placementNotSigned(carePackageReference);
        }
    }
}
