package scot.commissioningflow.commissioning.directaward;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** The s.12 direct award's checks before money is committed; the gateway after the fair-work check decides. */
@Component
public class DirectAwardWorkers {

    private final DirectAwardChecks checks;

    DirectAwardWorkers(DirectAwardChecks checks) {
        this.checks = checks;
    }

    @JobWorker(type = "assess-direct-award")
    public DirectAwardAssessment assess(ActivatedJob job, @VariablesAsType DirectAwardTerms terms) {
        try (var ignored = ProcessLog.forJob(job)) {
            return checks.assess(terms, job.getKey());
        }
    }
}
