package scot.commissioningflow.commissioning.responses;

import java.time.Instant;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.platform.web.Conflict;

/**
 * Whether a response can still be accepted. The deadline decides, read against the clock: the tender's status only
 * changes when the process's deadline timer has run, which may be some moments after the deadline itself.
 */
final class ResponseWindow {

    private ResponseWindow() {
    }

    /** @throws Conflict naming the deadline, or the tender's state when it never opened or has closed */
    static void requireOpen(String reference, TenderStatus status, Instant deadline, Instant now) {
        boolean deadlineFixed = deadline != null && status != TenderStatus.ROUTE_CHOSEN;
        if (deadlineFixed && (!now.isBefore(deadline) || !status.acceptsResponses())) {
            throw new Conflict("The response deadline for " + reference + " passed at " + deadline
                    + "; late responses cannot be accepted.");
        }
        if (!status.acceptsResponses()) {
            throw new Conflict("Tender " + reference + " is not open for responses (it is " + status.inWords()
                    + ").");
        }
    }
}
