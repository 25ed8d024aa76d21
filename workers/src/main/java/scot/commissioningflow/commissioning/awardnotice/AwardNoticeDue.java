package scot.commissioningflow.commissioning.awardnotice;

import java.time.LocalDate;

/**
 * What the award stage knows about an award notice that is not yet published, read from its process variables.
 *
 * @param awardNoticeDueOn the last day for the notice: 30 days after the award, moved to a Scottish working day
 */
record AwardNoticeDue(String tenderReference, String title, String commissionerName, String commissionerEmail,
        String awardedProvider, LocalDate awardNoticeDueOn) {
}
