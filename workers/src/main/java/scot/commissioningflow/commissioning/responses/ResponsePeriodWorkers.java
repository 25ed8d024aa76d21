package scot.commissioningflow.commissioning.responses;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.platform.process.ProcessLog;

/** The response period's steps, keyed by tender reference (the fair-work result by response id). */
@Component
public class ResponsePeriodWorkers {

    private final Responses responses;
    private final Tenders tenders;

    ResponsePeriodWorkers(Responses responses, Tenders tenders) {
        this.responses = responses;
        this.tenders = tenders;
    }

    record Opened(String responseDeadline) {
    }

    record Unsealed(int responseCount) {
    }

    record ComplianceChecked(List<CompliantResponse> compliantResponses, int compliantCount) {
    }

    record Shortlisted(List<EvaluableResponse> evaluableResponses, int evaluableCount) {
    }

    /** The commissioner's decision when nothing can be evaluated (no-compliant-responses form). */
    record NextStepDecided(String tenderReference, String nextStep, String nextStepReasons) {
    }

    @JobWorker(type = "open-tender-for-responses")
    public Opened open(ActivatedJob job, @Variable String tenderReference, @Variable String openedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Opened(responses.open(tenderReference, LocalDate.parse(openedOn)));
        }
    }

    @JobWorker(type = "close-and-unseal-responses")
    public Unsealed closeAndUnseal(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Unsealed(responses.closeAndUnseal(tenderReference));
        }
    }

    @JobWorker(type = "check-response-compliance")
    public ComplianceChecked checkCompliance(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            List<CompliantResponse> compliant = responses.checkCompliance(tenderReference);
            return new ComplianceChecked(compliant, compliant.size());
        }
    }

    @JobWorker(type = "record-fair-work-result")
    public void recordFairWork(ActivatedJob job, @Variable CompliantResponse response,
            @Variable String fairWorkOutcome, @Variable String fairWorkSummary) {
        try (var ignored = ProcessLog.forJob(job)) {
            responses.recordFairWork(response.responseId(), fairWorkOutcome, fairWorkSummary);
        }
    }

    @JobWorker(type = "shortlist-evaluable-responses")
    public Shortlisted shortlist(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            List<EvaluableResponse> evaluable = responses.shortlist(tenderReference);
            return new Shortlisted(evaluable, evaluable.size());
        }
    }

    @JobWorker(type = "record-no-compliant-decision")
    public void recordNextStep(ActivatedJob job, @VariablesAsType NextStepDecided decided) {
        try (var ignored = ProcessLog.forJob(job)) {
            tenders.retenderOrCancel(decided.tenderReference(), "retender".equals(decided.nextStep()),
                    decided.nextStepReasons());
        }
    }
}
