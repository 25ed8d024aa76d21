package scot.commissioningflow.isf.change;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.isf.choice.ChosenProvider;
import scot.commissioningflow.isf.fund.EndedHow;
import scot.commissioningflow.platform.process.ProcessLog;

/** The change-of-provider and ending steps of processes/isf/option2-individual-service-fund.bpmn. */
@Component
public class ChangeWorkers {

    private final Changes changes;

    ChangeWorkers(Changes changes) {
        this.changes = changes;
    }

    /** What the ending message carried. */
    public record EndingRequested(String isfReference, EndedHow endedHow, String movingTo, String endingReason) {
    }

    @JobWorker(type = "give-isf-provider-notice")
    public void giveNotice(ActivatedJob job, @VariablesAsType ChosenProvider next) {
        try (var ignored = ProcessLog.forJob(job)) {
            changes.giveNotice(next);
        }
    }

    @JobWorker(type = "close-isf")
    public void close(ActivatedJob job, @VariablesAsType EndingRequested ending) {
        try (var ignored = ProcessLog.forJob(job)) {
            changes.close(ending.isfReference(), ending.endedHow(), ending.movingTo(), ending.endingReason());
        }
    }
}
