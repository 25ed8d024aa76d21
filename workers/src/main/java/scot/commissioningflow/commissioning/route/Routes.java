package scot.commissioningflow.commissioning.route;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.ProcurementThresholds;
import scot.commissioningflow.commissioning.ThresholdsInForce;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;

/**
 * The route a tender takes: continuity of an existing service, the thresholds the route decision reads, and what the
 * decision means here. Whether a standstill is kept where the law leaves it to the authority (regulated and
 * light-touch care contracts) is this installation's setting.
 */
@Service
public class Routes {

    private static final Logger log = LoggerFactory.getLogger(Routes.class);

    private final Tenders tenders;
    private final ProcurementThresholds thresholds;
    private final AuditTrail audit;
    private final boolean standstillBelowGpa;
    private final int standstillDaysElectronic;
    private final int standstillDaysOtherwise;

    Routes(Tenders tenders, ProcurementThresholds thresholds, AuditTrail audit,
            @Value("${commissioning.tenders.standstill-below-gpa:true}") boolean standstillBelowGpa,
            @Value("${commissioning.tenders.standstill-days-electronic:10}") int standstillDaysElectronic,
            @Value("${commissioning.tenders.standstill-days-otherwise:15}") int standstillDaysOtherwise) {
        this.tenders = tenders;
        this.thresholds = thresholds;
        this.audit = audit;
        this.standstillBelowGpa = standstillBelowGpa;
        this.standstillDaysElectronic = standstillDaysElectronic;
        this.standstillDaysOtherwise = standstillDaysOtherwise;
    }

    void recordContinuity(ContinuityDecided decided) {
        tenders.recordContinuity(decided.tenderReference(), decided.continuityDecision(),
                decided.continuityReasons(), decided.peopleToldTimetable());
        log.info("Continuity of the existing service decided: {}", decided.continuityDecision());
    }

    ThresholdsInForce thresholdsOn(LocalDate day) {
        return ThresholdsInForce.on(thresholds, day);
    }

    /** Records the route the decision table chose, and in the trail the figures and thresholds it chose it from. */
    @Transactional
    ChosenRoute record(String tenderReference, RouteDecision decision, ThresholdsInForce thresholdsUsed) {
        TenderView tender = tenders.get(tenderReference);
        if (RouteDecision.UNKNOWN_SERVICE_TYPE.equals(decision.route())) {
            throw new UnknownServiceType(tenderReference, tender.serviceType());
        }
        ProcurementRoute route = ProcurementRoute.valueOf(decision.route());
        boolean standstill = "REQUIRED".equals(decision.standstill())
                || ("BY_SETTING".equals(decision.standstill()) && standstillBelowGpa);
        int days = tender.noticesElectronic() ? standstillDaysElectronic : standstillDaysOtherwise;
        if (tender.status() == TenderStatus.ROUTE_CHOSEN) {
            // A redelivered job: the route is recorded, and the trail keeps the decision once.
            return ChosenRoute.of(route, decision.noticeDuty(), standstill, days);
        }
        tenders.routeChosen(tenderReference, route, decision.noticeDuty(), standstill ? days : null);
        audit.recordBySystem("procurement-route", AuditEntry.of("tender.route-chosen", "tender", tenderReference,
                "Route " + route + " for a " + tender.serviceType() + " contract estimated at "
                        + tender.estimatedValueExVat() + " excluding VAT (" + tender.estimatedValueIncVat()
                        + " including), continuity " + tender.continuityDecision() + ", against the thresholds in"
                        + " force: regulated " + thresholdsUsed.regulatedThreshold() + ", light-touch "
                        + thresholdsUsed.lightTouchThreshold() + " (including VAT), GPA "
                        + thresholdsUsed.gpaThreshold() + ". Notices " + decision.noticeDuty() + ", standstill "
                        + (standstill ? days + " days" : "none") + ". Tender started by " + tender.createdBy()
                        + ".").inProcess(tender.processInstanceKey()));
        log.info("Procurement route {}: notices {}, standstill {}", route, decision.noticeDuty(),
                standstill ? days + " days" : "none");
        return ChosenRoute.of(route, decision.noticeDuty(), standstill, days);
    }
}
