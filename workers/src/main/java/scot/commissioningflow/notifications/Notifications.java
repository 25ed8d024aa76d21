package scot.commissioningflow.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * Sends a message through {@code POST {base-url}/messages} ({@code {"reference", "to": {"name", "email"}, "subject",
 * "body"}}) and keeps it. Without a configured service the message is kept as "not sent" so the product still runs.
 */
@Service
public class Notifications {

    /** The notification service's message, as {@code POST /messages} takes it. */
    record Message(String reference, Recipient to, String subject, String body) {
    }

    record Recipient(String name, String email) {
    }

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final SentNotificationRepository sent;
    private final ExternalService service;
    private final Clock clock;

    Notifications(SentNotificationRepository sent, ExternalServices services, Clock clock) {
        this.sent = sent;
        this.service = services.get("notifications");
        this.clock = clock;
    }

    /** Sends once per key; a failure of the service is thrown so the calling job retries. */
    @Transactional
    public void send(Notification notification) {
        if (sent.existsById(notification.key())) {
            return;
        }
        if (service.configured()) {
            service.http().post().uri("/messages").body(new Message(notification.key(),
                    new Recipient(notification.recipientName(), notification.recipientEmail()),
                    notification.subject(), notification.body())).retrieve().toBodilessEntity();
        } else {
            log.info("No notification service configured; kept '{}' for {} unsent", notification.subject(),
                    notification.recipientEmail());
        }
        sent.save(new SentNotification(notification, service.configured() ? "SENT" : "NOT_SENT_NO_SERVICE",
                clock.instant()));
    }
}
