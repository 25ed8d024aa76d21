package scot.commissioningflow.frameworks.admission;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** The job workers of a national pay uplift in processes/frameworks/framework-agreement.bpmn. */
@Component
public class UpliftWorkers {

    private final PriceUplifts uplifts;

    UpliftWorkers(PriceUplifts uplifts) {
        this.uplifts = uplifts;
    }

    /** One variation per member and lot, for the multi-instance that has each signed. */
    public record Variations(List<PriceVariation> priceVariations) {
    }

    @JobWorker(type = "prepare-framework-uplift")
    public Variations prepare(ActivatedJob job, @Variable String upliftKey) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new Variations(uplifts.variations(upliftKey));
        }
    }

    @JobWorker(type = "reissue-price-schedule")
    public void reissue(ActivatedJob job, @Variable PriceVariation priceVariation, @Variable boolean contractSigned) {
        try (var ignored = ProcessLog.forJob(job)) {
            uplifts.reissue(priceVariation, contractSigned);
        }
    }

    @JobWorker(type = "settle-framework-uplift")
    public void settle(ActivatedJob job, @Variable String upliftKey) {
        try (var ignored = ProcessLog.forJob(job)) {
            uplifts.settled(upliftKey);
        }
    }
}
