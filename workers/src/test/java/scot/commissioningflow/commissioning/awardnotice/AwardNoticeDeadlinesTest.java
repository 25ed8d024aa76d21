package scot.commissioningflow.commissioning.awardnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;

/** Who is told what about an award notice not yet published, once per tender. */
class AwardNoticeDeadlinesTest {

    private final Notifications notifications = mock(Notifications.class);
    private final AwardNoticeDeadlines deadlines = new AwardNoticeDeadlines(notifications, "Ewan Ross",
            "ewan.ross@example.scot");
    private final AwardNoticeDue due = new AwardNoticeDue("TND-1", "Care at home, Strathspey", "Morag Fraser",
            "morag.fraser@example.scot", "Spey Support", LocalDate.of(2027, 1, 4));

    @Test
    void theCommissionerIsRemindedOfTheDayTheNoticeIsDue() {
        deadlines.remindCommissioner(due);

        Notification sent = sent();
        assertThat(sent.key()).isEqualTo("award-notice-reminder/TND-1");
        assertThat(sent.recipientEmail()).isEqualTo("morag.fraser@example.scot");
        assertThat(sent.subject()).contains("is due on Monday 4 January 2027");
        assertThat(sent.body()).contains("to Spey Support").contains("s.23").contains("not been published yet");
    }

    @Test
    void theProcurementLeadIsToldOnceTheDayHasPassed() {
        deadlines.escalateToProcurementLead(due);

        Notification sent = sent();
        assertThat(sent.key()).isEqualTo("award-notice-overdue/TND-1");
        assertThat(sent.recipientName()).isEqualTo("Ewan Ross");
        assertThat(sent.subject()).startsWith("Overdue: award notice for Care at home, Strathspey (TND-1)");
        assertThat(sent.body()).contains("was due on Monday 4 January 2027").contains("Morag Fraser");
    }

    private Notification sent() {
        ArgumentCaptor<Notification> sent = ArgumentCaptor.forClass(Notification.class);
        verify(notifications).send(sent.capture());
        return sent.getValue();
    }
}
