package scot.commissioningflow.commissioning.responses;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.platform.web.Conflict;

/** The response deadline is read against the clock, not against whether the deadline timer has run yet. */
class ResponseWindowTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-18T12:00:00Z");

    @Test
    void aResponseBeforeTheDeadlineIsAccepted() {
        assertThatCode(() -> ResponseWindow.requireOpen("TND-1", TenderStatus.OPEN_FOR_RESPONSES, DEADLINE,
                DEADLINE.minusSeconds(1))).doesNotThrowAnyException();
    }

    @Test
    void aResponseAfterTheDeadlineIsRefusedEvenBeforeTheDeadlineTimerHasClosedTheTender() {
        assertThatThrownBy(() -> ResponseWindow.requireOpen("TND-1", TenderStatus.OPEN_FOR_RESPONSES, DEADLINE,
                DEADLINE.plusSeconds(1)))
                .isInstanceOf(Conflict.class)
                .hasMessage("The response deadline for TND-1 passed at 2026-12-18T12:00:00Z; late responses cannot"
                        + " be accepted.");
    }

    @Test
    void aResponseAtTheDeadlineItselfIsLate() {
        assertThatThrownBy(() -> ResponseWindow.requireOpen("TND-1", TenderStatus.OPEN_FOR_RESPONSES, DEADLINE,
                DEADLINE)).isInstanceOf(Conflict.class).hasMessageContaining("late responses cannot be accepted");
    }

    @Test
    void aTenderClosedByItsTimerRefusesWithTheDeadlineWhateverTheClockSays() {
        assertThatThrownBy(() -> ResponseWindow.requireOpen("TND-1", TenderStatus.EVALUATING, DEADLINE,
                DEADLINE.minusSeconds(60))).isInstanceOf(Conflict.class)
                .hasMessageContaining("passed at 2026-12-18T12:00:00Z");
    }

    @Test
    void aTenderNotYetOpenSaysSo() {
        assertThatThrownBy(() -> ResponseWindow.requireOpen("TND-1", TenderStatus.ROUTE_CHOSEN, null,
                DEADLINE)).isInstanceOf(Conflict.class)
                .hasMessage("Tender TND-1 is not open for responses (it is route chosen).");
    }
}
