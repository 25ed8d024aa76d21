package scot.commissioningflow.collaboration.panel;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * {@code rank-collaboration-applications} in {@code collaboration-panel.bpmn}: in {@code roundReference}; ranks the
 * eligible applications on their moderated weighted scores and records which the budget funds. Ranking again gives
 * the same list.
 */
@Component
public class PanelWorkers {

    record RoundInput(String roundReference) {
    }

    private final Panel panel;

    PanelWorkers(Panel panel) {
        this.panel = panel;
    }

    @JobWorker(type = "rank-collaboration-applications")
    public void rank(ActivatedJob job, @VariablesAsType RoundInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            panel.rank(input.roundReference());
        }
    }
}
