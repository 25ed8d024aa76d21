package scot.commissioningflow.referencedata;

import scot.commissioningflow.platform.web.NotFound;

/**
 * No reference figure covers the date asked about. Never answered with zero: pay checked against a missing floor
 * would pass anything, so the gap is reported (a 404 on the API, an incident in a process) until someone adds it.
 */
public class ReferenceDataNotHeld extends NotFound {
    public ReferenceDataNotHeld(String message) {
        super(message);
    }
}
