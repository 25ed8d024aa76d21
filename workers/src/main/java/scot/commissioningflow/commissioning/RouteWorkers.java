package scot.commissioningflow.commissioning;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdCode;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * From the need to the route: the continuity decision for an existing service, the thresholds in force, and what
 * the route chosen by procurement-route.dmn means for notices and standstill. Keyed by tender reference.
 */
@Component
public class RouteWorkers {

    private static final Logger log = LoggerFactory.getLogger(RouteWorkers.class);

    private final Tenders tenders;
    private final ProcurementThresholds thresholds;
    private final boolean standstillBelowGpa;
    private final int standstillDaysElectronic;
    private final int standstillDaysOtherwise;

    RouteWorkers(Tenders tenders, ProcurementThresholds thresholds,
            @Value("${commissioning.tenders.standstill-below-gpa:true}") boolean standstillBelowGpa,
            @Value("${commissioning.tenders.standstill-days-electronic:10}") int standstillDaysElectronic,
            @Value("${commissioning.tenders.standstill-days-otherwise:15}") int standstillDaysOtherwise) {
        this.tenders = tenders;
        this.thresholds = thresholds;
        this.standstillBelowGpa = standstillBelowGpa;
        this.standstillDaysElectronic = standstillDaysElectronic;
        this.standstillDaysOtherwise = standstillDaysOtherwise;
    }

    @JobWorker(type = "record-continuity-decision")
    @Transactional
    public void recordContinuity(ActivatedJob job, @Variable String tenderReference,
            @Variable String continuityDecision, @Variable String continuityReasons,
            @Variable String peopleToldTimetable) {
        try (var ignored = ProcessLog.forJob(job)) {
            tenders.load(tenderReference).recordContinuity(ContinuityDecision.valueOf(continuityDecision),
                    continuityReasons, peopleToldTimetable);
            log.info("Continuity of the existing service decided: {}", continuityDecision);
        }
    }

    @JobWorker(type = "look-up-procurement-thresholds")
    public Map<String, Object> lookUpThresholds(ActivatedJob job, @Variable String routeDecidedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            LocalDate on = LocalDate.parse(routeDecidedOn);
            return Map.of(
                    "regulatedThreshold", thresholds.on(ThresholdCode.REGULATED_SERVICES, on),
                    "lightTouchThreshold", thresholds.on(ThresholdCode.LIGHT_TOUCH, on),
                    "gpaThreshold", thresholds.on(ThresholdCode.GPA_SUB_CENTRAL_SERVICES, on));
        }
    }

    /**
     * The decision table names the notice duty and the standstill rule; whether a standstill is kept where the law
     * leaves it to the authority (regulated and light-touch care contracts) is this installation's setting.
     */
    @JobWorker(type = "record-procurement-route")
    @Transactional
    public Map<String, Object> recordRoute(ActivatedJob job, @Variable String tenderReference,
            @Variable Map<String, Object> procurement) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            ProcurementRoute route = ProcurementRoute.valueOf((String) procurement.get("route"));
            String noticeDuty = (String) procurement.get("noticeDuty");
            String standstillRule = (String) procurement.get("standstill");
            boolean standstill = "REQUIRED".equals(standstillRule)
                    || ("BY_SETTING".equals(standstillRule) && standstillBelowGpa);
            int days = tender.noticesElectronic() ? standstillDaysElectronic : standstillDaysOtherwise;
            tender.routeChosen(route, noticeDuty, standstill ? days : null);
            log.info("Procurement route {}: notices {}, standstill {}", route, noticeDuty,
                    standstill ? days + " days" : "none");
            Map<String, Object> result = new HashMap<>();
            result.put("route", route.name());
            result.put("seekOffers", route.competitive());
            result.put("contractNoticeRequired", "CONTRACT_AND_AWARD_NOTICES".equals(noticeDuty));
            result.put("awardNoticeRequired", !"NONE".equals(noticeDuty));
            result.put("standstillApplies", standstill);
            result.put("standstillDays", days);
            return result;
        }
    }
}
