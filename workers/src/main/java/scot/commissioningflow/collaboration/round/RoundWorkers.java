package scot.commissioningflow.collaboration.round;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The round's own steps in {@code collaboration-funding.bpmn}, each in {@code roundReference}:
 * {@code open-collaboration-round} (out {@code applicationsCloseIn}, an ISO duration),
 * {@code close-collaboration-applications} (out {@code applicationReferences}, the submitted applications, and
 * {@code panelMembers}) and {@code close-collaboration-round} (keeps the round's summary).
 */
@Component
public class RoundWorkers {

    record RoundInput(String roundReference) {
    }

    record Opened(String applicationsCloseIn) {
    }

    record ApplicationsClosed(List<String> applicationReferences, List<String> panelMembers) {
    }

    private final Rounds rounds;
    private final Applications applications;
    private final Grants grants;

    RoundWorkers(Rounds rounds, Applications applications, Grants grants) {
        this.rounds = rounds;
        this.applications = applications;
        this.grants = grants;
    }

    @JobWorker(type = "open-collaboration-round")
    public Opened open(ActivatedJob job, @VariablesAsType RoundInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Opened(rounds.openForApplications(input.roundReference()).toString());
        }
    }

    @JobWorker(type = "close-collaboration-applications")
    public ApplicationsClosed closeApplications(ActivatedJob job, @VariablesAsType RoundInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            FundingRound round = rounds.closeToApplications(input.roundReference());
            return new ApplicationsClosed(applications.closeForRound(input.roundReference()), round.panelMembers());
        }
    }

    @JobWorker(type = "close-collaboration-round")
    public void close(ActivatedJob job, @VariablesAsType RoundInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            rounds.close(input.roundReference(), grants.summarise(input.roundReference()));
        }
    }
}
