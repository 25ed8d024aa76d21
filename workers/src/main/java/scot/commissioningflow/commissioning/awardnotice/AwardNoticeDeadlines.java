package scot.commissioningflow.commissioning.awardnotice;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;

/**
 * The Act's 30 days for the award notice (s.23), watched by the award stage's timers while the notice is not
 * published: the commissioner is reminded before the day, the procurement lead is told once it has passed. Each
 * message is keyed by tender, so a redelivered job sends nothing twice; the sent message is kept as the record of
 * the escalation.
 */
@Service
class AwardNoticeDeadlines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Logger log = LoggerFactory.getLogger(AwardNoticeDeadlines.class);

    private final Notifications notifications;
    private final String leadName;
    private final String leadEmail;

    AwardNoticeDeadlines(Notifications notifications,
            @Value("${commissioning.tenders.procurement-lead-name:Procurement lead}") String leadName,
            @Value("${commissioning.tenders.procurement-lead-email:procurement-lead@commissioning.invalid}")
            String leadEmail) {
        this.notifications = notifications;
        this.leadName = leadName;
        this.leadEmail = leadEmail;
    }

    void remindCommissioner(AwardNoticeDue due) {
        notifications.send(new Notification("award-notice-reminder/" + due.tenderReference(),
                due.commissionerName(), due.commissionerEmail(),
                "Award notice for " + due.title() + " is due on " + DAY.format(due.awardNoticeDueOn()),
                "The award of " + due.title() + " (" + due.tenderReference() + ") to " + due.awardedProvider()
                        + " must be published on Public Contracts Scotland by " + DAY.format(due.awardNoticeDueOn())
                        + " (Procurement Reform (Scotland) Act 2014, s.23). It has not been published yet."));
        log.info("Commissioner reminded that the award notice for {} is due on {}", due.tenderReference(),
                due.awardNoticeDueOn());
    }

    void escalateToProcurementLead(AwardNoticeDue due) {
        notifications.send(new Notification("award-notice-overdue/" + due.tenderReference(), leadName, leadEmail,
                "Overdue: award notice for " + due.title() + " (" + due.tenderReference() + ")",
                "The award notice for " + due.title() + " (" + due.tenderReference() + "), awarded to "
                        + due.awardedProvider() + ", was due on " + DAY.format(due.awardNoticeDueOn())
                        + " and has not been published on Public Contracts Scotland. The commissioner, "
                        + due.commissionerName() + ", was reminded before the day."));
        log.warn("Award notice for {} is overdue since {}; procurement lead told", due.tenderReference(),
                due.awardNoticeDueOn());
    }
}
