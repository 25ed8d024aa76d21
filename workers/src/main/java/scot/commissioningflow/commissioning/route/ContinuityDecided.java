package scot.commissioningflow.commissioning.route;

import scot.commissioningflow.commissioning.tender.ContinuityDecision;

/** The commissioner's answer on an existing service (continuity-decision form), as the process hands it on. */
record ContinuityDecided(String tenderReference, ContinuityDecision continuityDecision, String continuityReasons,
        String peopleToldTimetable) {
}
