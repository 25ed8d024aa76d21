package scot.commissioningflow.collaboration.grant;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The grant steps of {@code collaboration-funding.bpmn} and {@code collaboration-grant.bpmn}:
 * <ul>
 * <li>{@code decide-collaboration-awards}: in {@code roundReference}; out {@code awardedGrants} (grant references);
 * tells every applicant the outcome with their scores.</li>
 * <li>{@code prepare-collaboration-grant-agreement}: in {@code grantReference}; out {@code contractRequest} (for
 * {@code contract-signing}) and {@code milestones}.</li>
 * <li>{@code record-collaboration-grant-signing}: in {@code grantReference}, {@code contractSigned}; out
 * {@code grantSigned}.</li>
 * <li>{@code close-collaboration-grant}: in {@code grantReference}.</li>
 * </ul>
 */
@Component
public class GrantWorkers {

    record RoundInput(String roundReference) {
    }

    record AwardsDecided(List<String> awardedGrants) {
    }

    record GrantInput(String grantReference) {
    }

    record SigningOutcome(String grantReference, Boolean contractSigned) {
    }

    record SigningRecorded(boolean grantSigned) {
    }

    private final Grants grants;

    GrantWorkers(Grants grants) {
        this.grants = grants;
    }

    @JobWorker(type = "decide-collaboration-awards")
    public AwardsDecided decide(ActivatedJob job, @VariablesAsType RoundInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new AwardsDecided(grants.decideAwards(input.roundReference(), job.getProcessInstanceKey()));
        }
    }

    @JobWorker(type = "prepare-collaboration-grant-agreement")
    public Grants.AgreementPrepared prepare(ActivatedJob job, @VariablesAsType GrantInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return grants.prepareAgreement(input.grantReference());
        }
    }

    @JobWorker(type = "record-collaboration-grant-signing")
    public SigningRecorded recordSigning(ActivatedJob job, @VariablesAsType SigningOutcome outcome) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new SigningRecorded(grants.recordSigning(outcome.grantReference(),
                    Boolean.TRUE.equals(outcome.contractSigned()), job.getProcessInstanceKey()));
        }
    }

    @JobWorker(type = "close-collaboration-grant")
    public void close(ActivatedJob job, @VariablesAsType GrantInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            grants.close(input.grantReference());
        }
    }
}
