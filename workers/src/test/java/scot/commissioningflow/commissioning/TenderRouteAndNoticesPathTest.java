package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.RouteAndNotices;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-route-and-notices: the continuity decision for an existing service, then the route from the DMN. */
@OwnEngine
class TenderRouteAndNoticesPathTest {

    private static final String PROCESS = RouteAndNotices.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("look-up-procurement-thresholds", job -> Map.of("regulatedThreshold", 50_000,
                "lightTouchThreshold", 663_540, "gpaThreshold", 214_904));
        paths.answer("record-continuity-decision", job -> null);
        paths.answer("record-procurement-route", job -> Map.of("seekOffers", true));
    }

    @Test
    void aNewServiceGoesStraightToTheRoute() {
        long route = paths.start(PROCESS, tender("TND-N1", false, "NEW_SERVICE", 420_000));

        paths.awaitCompleted(route);
        paths.assertPassed(route, RouteAndNotices.LOOK_UP_THRESHOLDS, RouteAndNotices.CHOOSE_ROUTE,
                RouteAndNotices.RECORD_ROUTE, RouteAndNotices.ROUTE_DECIDED);
        paths.assertNotPassed(route, RouteAndNotices.DECIDE_CONTINUITY);
        assertThat(paths.variable(route, "procurement", Map.class)).containsEntry("route", "REGULATED");
    }

    @Test
    void anExistingServiceHasItsContinuityDecidedFirst() {
        long route = paths.start(PROCESS, tender("TND-N2", true, "AWAITING_DECISION", 150_000));
        paths.completeUserTask(route, RouteAndNotices.DECIDE_CONTINUITY, Map.of("continuityDecision",
                "CONTINUE_WITHOUT_COMPETITION", "continuityReasons", "People asked to keep their team.",
                "peopleToldTimetable", "Letters in May.", "completedBy", "morag.fraser"));

        paths.awaitCompleted(route);
        paths.assertPassed(route, RouteAndNotices.DECIDE_CONTINUITY, RouteAndNotices.RECORD_CONTINUITY,
                RouteAndNotices.CONTINUITY_KNOWN, RouteAndNotices.ROUTE_DECIDED);
        assertThat(paths.variable(route, "procurement", Map.class)).containsEntry("route", "DIRECT_AWARD_S12");
    }

    /** A tender's start variables as the route stage reads them (the parent's path test starts from them too). */
    static Map<String, Object> tender(String reference, boolean existing, String continuity, long value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("businessKey", reference);
        variables.put("tenderReference", reference);
        variables.put("existingService", existing);
        variables.put("continuityDecision", continuity);
        variables.put("serviceType", "SOCIAL_CARE");
        variables.put("estimatedValueExVat", value);
        variables.put("estimatedValueIncVat", value * 6 / 5);
        return variables;
    }
}
