package scot.commissioningflow.fairwork.check;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import org.springframework.stereotype.Component;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.platform.process.ProcessLog;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The job workers behind {@code processes/fairwork/fair-work-check.bpmn}, usable on their own in any process.
 *
 * <h2>Job {@code check-fair-work}</h2>
 * Inputs:
 * <ul>
 * <li>{@code fairWorkCheckKey} (string): unique per declaration checked. The result is stored under it; a job
 * delivered again, or another instance using the same key, gets the stored result without a second check.</li>
 * <li>{@code fairWorkContext}: {@code TENDER} | {@code FRAMEWORK_ADMISSION} | {@code ISF} | {@code GRANT}.</li>
 * <li>{@code contractStartDate} (ISO date): the pay floors and criterion rules in force on this date apply.</li>
 * <li>{@code fairWorkDeclaration} (object): {@code hourlyPayByRole} {role: pounds, at least one};
 * {@code sleepoverHourlyPay} (pounds, null when there are no sleepovers); {@code zeroHoursContracts}
 * ({@code NONE} | {@code WORKER_CHOICE_ONLY} | {@code USED}); {@code workerVoice} ({@code RECOGNISED_TRADE_UNION} |
 * {@code OTHER_CHANNEL} | {@code NONE}); {@code workerVoiceDescription} (text, needed to evidence another channel);
 * {@code workforceDevelopment} and {@code genderPayGapAction} (a description, or true/false);
 * {@code flexibleWorkingFromDayOne}, {@code fireAndRehire}, {@code flowsDownToSubcontractors},
 * {@code flowsDownToAgencyStaff} (true/false); {@code cumulativeGrantFunding} (pounds, required for grants from
 * 1 July 2023, where under £100,000 a self-declaration is enough).</li>
 * </ul>
 * Outputs: {@code fairWorkOutcome} ({@code MET} | {@code NOT_MET} | {@code NOT_EVIDENCED}), {@code fairWorkResults}
 * (list of {criterion, mandatory, result, reason}, one per Fair Work First criterion) and {@code fairWorkSummary}
 * (a sentence). A failed mandatory criterion is {@code NOT_MET} for the caller's gateway, not an error. A mandatory
 * criterion the declaration does not evidence makes the outcome {@code NOT_EVIDENCED} (the call activity then asks a
 * procurement officer). Scored criteria never change the outcome.
 * <p>Failures: a declaration with missing or malformed fields fails the job at once (no retries) with one message
 * listing every field, raising an incident to fix the caller's data; a start date no pay floor or criterion rule
 * covers is an incident naming the date (add the reference data, then resolve it). Neither is ever answered as met.
 *
 * <h2>Job {@code record-fair-work-review}</h2>
 * Inputs: {@code fairWorkCheckKey}, {@code fairWorkReviewDecision} ({@code MET} | {@code NOT_MET}),
 * {@code fairWorkReviewNotes}, {@code fairWorkReviewedBy}. Outputs: the same three variables as
 * {@code check-fair-work}, now settled by the officer. Recording the same review twice changes nothing.
 */
@Component
public class FairWorkCheckWorker {

    /** The officer's decision on a check the declaration did not evidence, as the review form sets it. */
    public record FairWorkReview(String fairWorkCheckKey, Verdict fairWorkReviewDecision, String fairWorkReviewNotes,
            String fairWorkReviewedBy) {
    }

    private final FairWorkChecks checks;

    FairWorkCheckWorker(FairWorkChecks checks) {
        this.checks = checks;
    }

    /** The job's variables are read once into a {@link FairWorkCheckRequest}, every problem with them listed. */
    @JobWorker(type = "check-fair-work", fetchVariables = {"fairWorkCheckKey", "fairWorkContext",
            "contractStartDate", "fairWorkDeclaration", "businessKey"})
    public FairWorkCheckResult.Variables check(ActivatedJob job) {
        try (var ignored = ProcessLog.forJob(job)) {
            return checks.check(TypedReader.tree(job.getVariables()), job.getProcessInstanceKey()).variables();
        } catch (InvalidInput e) {
            // The caller's data is wrong: trying again cannot help, so the incident comes at once.
            throw CamundaError.jobError("The fair work declaration cannot be checked. " + e.getMessage(), null, 0,
                    Duration.ZERO);
        }
    }

    @JobWorker(type = "record-fair-work-review")
    public FairWorkCheckResult.Variables recordReview(ActivatedJob job, @VariablesAsType FairWorkReview review) {
        try (var ignored = ProcessLog.forJob(job)) {
            return checks.recordReview(review.fairWorkCheckKey(), review.fairWorkReviewDecision(),
                    review.fairWorkReviewNotes(), review.fairWorkReviewedBy()).variables();
        }
    }
}
