package scot.commissioningflow.commissioning.award;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** Records the commissioner's decision on a standstill challenge; keyed by challenge id. */
@Component
public class StandstillChallengeWorker {

    private final StandstillChallenges challenges;

    StandstillChallengeWorker(StandstillChallenges challenges) {
        this.challenges = challenges;
    }

    @JobWorker(type = "record-challenge-outcome")
    public void recordChallengeOutcome(ActivatedJob job, @VariablesAsType ChallengeDecided decided) {
        try (var ignored = ProcessLog.forJob(job)) {
            challenges.decide(decided);
        }
    }
}
