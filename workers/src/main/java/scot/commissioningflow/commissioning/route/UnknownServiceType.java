package scot.commissioningflow.commissioning.route;

/** The route decision met a service type it has no rule for: the decision table needs a rule before it can go on. */
class UnknownServiceType extends RuntimeException {

    UnknownServiceType(String tenderReference, Object serviceType) {
        super("procurement-route.dmn has no route for service type " + serviceType + " (tender " + tenderReference
                + "); add a rule for it to the decision table, deploy it, then retry this job.");
    }
}
