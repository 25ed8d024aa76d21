package scot.commissioningflow.commissioning.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.ScottishCalendar;

/** A standstill held as the first instant after its last day is stated as midnight at the end of that last day. */
class StandstillTest {

    @Test
    void theLetterNamesTheLastDayNotTheDayAfter() {
        // A 10-day standstill from 15 December 2026 runs over Christmas and ends at midnight on Tuesday 29th.
        var endsAt = LocalDate.of(2026, 12, 30).atStartOfDay(ScottishCalendar.SCOTLAND).toInstant();

        assertThat(Standstill.endInWords(endsAt)).isEqualTo("midnight at the end of Tuesday 29 December 2026");
    }

    @Test
    void summerTimeDoesNotMoveTheDay() {
        var endsAt = LocalDate.of(2027, 7, 1).atStartOfDay(ScottishCalendar.SCOTLAND).toInstant();

        assertThat(Standstill.endInWords(endsAt)).isEqualTo("midnight at the end of Wednesday 30 June 2027");
    }
}
