package scot.commissioningflow.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentNotificationRepository extends JpaRepository<SentNotification, String> {
}
