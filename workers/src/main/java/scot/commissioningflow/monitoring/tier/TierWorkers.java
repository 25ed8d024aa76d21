package scot.commissioningflow.monitoring.tier;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * The tier steps of {@code contract-monitoring.bpmn}:
 * <ul>
 * <li>{@code gather-monitoring-tier-inputs}: in {@code contractReference}; out {@code riskScore},
 * {@code lowestGrade}, {@code enforcementsIssued}, {@code riskFactors} (for {@code monitoring-tier.dmn}).</li>
 * <li>{@code plan-monitoring-reviews}: in {@code contractReference}, {@code tier}, {@code tierReason}, and the inputs; out
 * {@code reviewDueIn} (ISO-8601 duration) and {@code reviewType}.</li>
 * </ul>
 */
@Component
public class TierWorkers {

    record ContractInput(String contractReference) {
    }

    record PlanInput(String contractReference, Tier tier, String tierReason, int riskScore, Integer lowestGrade,
            int enforcementsIssued, String riskFactors) {
    }

    private final RiskAssessment risk;

    TierWorkers(RiskAssessment risk) {
        this.risk = risk;
    }

    @JobWorker(type = "gather-monitoring-tier-inputs")
    public RiskAssessment.TierInputs gather(ActivatedJob job, @VariablesAsType ContractInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return risk.inputs(input.contractReference());
        }
    }

    @JobWorker(type = "plan-monitoring-reviews")
    public RiskAssessment.ReviewPlan plan(ActivatedJob job, @VariablesAsType PlanInput input) {
        try (var ignored = ProcessLog.forJob(job)) {
            return risk.plan(input.contractReference(), input.tier(), input.tierReason(),
                    new RiskAssessment.TierInputs(input.riskScore(), input.lowestGrade(), input.enforcementsIssued(),
                            input.riskFactors()));
        }
    }
}
