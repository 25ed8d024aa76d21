package scot.commissioningflow.frameworks.agreement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements.Live;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements.RoundOpened;
import scot.commissioningflow.platform.process.ProcessLog;

/** The job workers of processes/frameworks/framework-agreement.bpmn that move the framework itself along. */
@Component
public class FrameworkAgreementWorkers {

    private final FrameworkAgreements agreements;

    FrameworkAgreementWorkers(FrameworkAgreements agreements) {
        this.agreements = agreements;
    }

    @JobWorker(type = "open-framework-round")
    public RoundOpened openRound(ActivatedJob job, @Variable String frameworkReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return agreements.openRound(frameworkReference);
        }
    }

    @JobWorker(type = "make-framework-live")
    public Live live(ActivatedJob job, @Variable String frameworkReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return agreements.live(frameworkReference);
        }
    }

    @JobWorker(type = "end-framework")
    public void end(ActivatedJob job, @Variable String frameworkReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            agreements.end(frameworkReference);
        }
    }
}
