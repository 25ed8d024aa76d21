package scot.commissioningflow.commissioning.pricing;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * Checks a quick quote's recommended hourly rate before its award is recorded; the gateway after it sends an
 * unsustainable price back to the commissioner with the sum. Reads only the job's variables, so it is idempotent.
 */
@Component
public class PriceCheckWorker {

    private final PriceChecks checks;

    PriceCheckWorker(PriceChecks checks) {
        this.checks = checks;
    }

    @JobWorker(type = "check-price-sustainability")
    public PriceChecked check(ActivatedJob job, @VariablesAsType PriceToCheck price) {
        try (var ignored = ProcessLog.forJob(job)) {
            return checks.check(price.hourlyRate(), price.contractStartDate());
        }
    }
}
