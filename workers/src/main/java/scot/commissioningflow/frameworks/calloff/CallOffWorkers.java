package scot.commissioningflow.frameworks.calloff;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.frameworks.calloff.CallOffs.AwardNoticeDue;
import scot.commissioningflow.frameworks.calloff.CallOffs.ResponseToCheck;
import scot.commissioningflow.platform.process.ProcessLog;

/** The steps of call-off.bpmn and its call activities, keyed by call-off reference. */
@Component
public class CallOffWorkers {

    private final CallOffs callOffs;

    CallOffWorkers(CallOffs callOffs) {
        this.callOffs = callOffs;
    }

    record RouteRecorded(boolean awardNoticeRequired) {
    }

    record Awarded(boolean callOffAwarded) {
    }

    record Invited(String responsesCloseIn) {
    }

    record Closed(List<ResponseToCheck> responses, int responseCount) {
    }

    record Shortlisted(int evaluableCount) {
    }

    record Prepared(ContractRequest contractRequest) {
    }

    record Registered(String callOffContract) {
    }

    @JobWorker(type = "record-call-off-route")
    public RouteRecorded recordRoute(ActivatedJob job, @Variable String callOffReference,
            @Variable CallOffRoute procurement) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new RouteRecorded(callOffs.recordRoute(callOffReference, procurement));
        }
    }

    @JobWorker(type = "award-call-off-directly")
    public Awarded awardDirectly(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Awarded(callOffs.awardDirectly(callOffReference));
        }
    }

    @JobWorker(type = "invite-call-off-members")
    public Invited invite(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Invited(callOffs.invite(callOffReference));
        }
    }

    @JobWorker(type = "close-call-off-responses")
    public Closed close(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            List<ResponseToCheck> responses = callOffs.closeResponses(callOffReference);
            return new Closed(responses, responses.size());
        }
    }

    @JobWorker(type = "record-call-off-fair-work")
    public void recordFairWork(ActivatedJob job, @Variable ResponseToCheck response,
            @Variable String fairWorkOutcome, @Variable String fairWorkSummary) {
        try (var ignored = ProcessLog.forJob(job)) {
            callOffs.recordFairWork(response.responseId(), fairWorkOutcome, fairWorkSummary);
        }
    }

    @JobWorker(type = "shortlist-call-off-responses")
    public Shortlisted shortlist(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Shortlisted(callOffs.evaluableCount(callOffReference));
        }
    }

    @JobWorker(type = "record-no-fair-call-off-responses")
    public Awarded noFairResponses(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            callOffs.noFairResponses(callOffReference);
            return new Awarded(false);
        }
    }

    @JobWorker(type = "record-no-call-off-responses")
    public Awarded noResponses(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            callOffs.noResponses(callOffReference);
            return new Awarded(false);
        }
    }

    @JobWorker(type = "fix-call-off-award-notice-due")
    public AwardNoticeDue awardNoticeDue(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return callOffs.awardNoticeDue(callOffReference);
        }
    }

    @JobWorker(type = "publish-call-off-award-notice")
    public void publishAwardNotice(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            callOffs.publishAwardNotice(callOffReference);
        }
    }

    @JobWorker(type = "prepare-call-off-contract")
    public Prepared prepareContract(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Prepared(callOffs.contractRequest(callOffReference));
        }
    }

    @JobWorker(type = "register-call-off-contract")
    public Registered register(ActivatedJob job, @Variable String callOffReference,
            @Variable String contractDocumentId) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Registered(callOffs.registerLive(callOffReference, contractDocumentId));
        }
    }

    @JobWorker(type = "record-call-off-contract-not-signed")
    public void notSigned(ActivatedJob job, @Variable String callOffReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            callOffs.contractNotSigned(callOffReference);
        }
    }
}
