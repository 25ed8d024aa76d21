package scot.commissioningflow.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class SentNotification {

    @Id
    private String notificationKey;

    private String recipientName;
    private String recipientEmail;
    private String subject;
    private String body;
    private String delivery;
    private Instant createdAt;

    protected SentNotification() {
    }

    SentNotification(Notification notification, String delivery, Instant at) {
        this.notificationKey = notification.key();
        this.recipientName = notification.recipientName();
        this.recipientEmail = notification.recipientEmail();
        this.subject = notification.subject();
        this.body = notification.body();
        this.delivery = delivery;
        this.createdAt = at;
    }
}
