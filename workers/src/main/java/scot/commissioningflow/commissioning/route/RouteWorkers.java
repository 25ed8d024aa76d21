package scot.commissioningflow.commissioning.route;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.ThresholdsInForce;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * From the need to the route: the continuity decision for an existing service, the thresholds in force, and what the
 * route chosen by procurement-route.dmn means for notices and standstill. Keyed by tender reference.
 */
@Component
public class RouteWorkers {

    private final Routes routes;

    RouteWorkers(Routes routes) {
        this.routes = routes;
    }

    @JobWorker(type = "record-continuity-decision")
    public void recordContinuity(ActivatedJob job, @VariablesAsType ContinuityDecided decided) {
        try (var ignored = ProcessLog.forJob(job)) {
            routes.recordContinuity(decided);
        }
    }

    @JobWorker(type = "look-up-procurement-thresholds")
    public ThresholdsInForce lookUpThresholds(ActivatedJob job, @Variable String routeDecidedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            return routes.thresholdsOn(LocalDate.parse(routeDecidedOn));
        }
    }

    /** A service type the decision table does not know is a modelling gap: an incident at once, no retries. */
    @JobWorker(type = "record-procurement-route")
    public ChosenRoute recordRoute(ActivatedJob job, @Variable String tenderReference,
            @Variable RouteDecision procurement, @VariablesAsType ThresholdsInForce thresholdsUsed) {
        try (var ignored = ProcessLog.forJob(job)) {
            return routes.record(tenderReference, procurement, thresholdsUsed);
        } catch (UnknownServiceType e) {
            throw CamundaError.jobError(e.getMessage(), null, 0, Duration.ZERO);
        }
    }
}
