package scot.commissioningflow.commissioning.clarifications;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** Shares an answered question with every provider who registered interest; keyed by clarification id. */
@Component
public class ClarificationWorker {

    private final Clarifications clarifications;

    ClarificationWorker(Clarifications clarifications) {
        this.clarifications = clarifications;
    }

    record Shared(int sharedWith) {
    }

    @JobWorker(type = "share-clarification-answer")
    public Shared share(ActivatedJob job, @VariablesAsType ClarificationAnswered answered) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Shared(clarifications.share(answered));
        }
    }
}
