package scot.commissioningflow.commissioning.award;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** The award decision with its standstill, the debrief letters, and confirming the award. Keyed by tender reference. */
@Component
public class AwardWorkers {

    private final Awards awards;

    AwardWorkers(Awards awards) {
        this.awards = awards;
    }

    @JobWorker(type = "record-award-decision")
    public AwardMade recordAward(ActivatedJob job, @VariablesAsType AwardApproved approved) {
        try (var ignored = ProcessLog.forJob(job)) {
            return awards.recordAward(approved);
        }
    }

    @JobWorker(type = "record-direct-award")
    public AwardMade recordDirectAward(ActivatedJob job, @VariablesAsType DirectAwardConfirmed confirmed) {
        try (var ignored = ProcessLog.forJob(job)) {
            return awards.recordDirectAward(confirmed);
        }
    }

    @JobWorker(type = "send-debrief-letters")
    public DebriefLettersSent sendDebriefs(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new DebriefLettersSent(awards.sendDebriefLetters(tenderReference));
        }
    }

    @JobWorker(type = "confirm-award")
    public void confirmAward(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            awards.confirm(tenderReference);
        }
    }

    record DebriefLettersSent(int debriefLettersSent) {
    }
}
