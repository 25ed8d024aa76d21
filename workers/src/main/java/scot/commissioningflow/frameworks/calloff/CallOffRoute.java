package scot.commissioningflow.frameworks.calloff;

import java.util.Set;

/**
 * The result of procurement-route.dmn for a call-off (variable {@code procurement}): the route, the notices owed and
 * the standstill, which for a call-off is always NONE.
 */
record CallOffRoute(String route, String noticeDuty, String standstill) {

    private static final Set<String> CALL_OFF_ROUTES = Set.of("FRAMEWORK_DIRECT_AWARD",
            "FRAMEWORK_MINI_COMPETITION");

    boolean isCallOff() {
        return CALL_OFF_ROUTES.contains(route) && "NONE".equals(standstill)
                && !"CONTRACT_AND_AWARD_NOTICES".equals(noticeDuty);
    }

    boolean awardNoticeRequired() {
        return "AWARD_NOTICE".equals(noticeDuty);
    }
}
