package scot.commissioningflow.commissioning.route;

/**
 * The result of procurement-route.dmn (variable {@code procurement}): the route, the notices owed (NONE,
 * AWARD_NOTICE or CONTRACT_AND_AWARD_NOTICES) and whether a standstill is kept (NONE, REQUIRED or BY_SETTING).
 * For a service type the table does not know, route is {@link #UNKNOWN_SERVICE_TYPE}.
 */
public record RouteDecision(String route, String noticeDuty, String standstill) {

    public static final String UNKNOWN_SERVICE_TYPE = "UNKNOWN_SERVICE_TYPE";
}
