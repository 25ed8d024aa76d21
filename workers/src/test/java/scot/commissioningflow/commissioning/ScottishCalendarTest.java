package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.ScottishCalendar.WorkingDays;
import scot.commissioningflow.referencedata.ReferenceDataNotHeld;

/** Working days from the bank holidays held, without Spring or a database. */
class ScottishCalendarTest {

    private static final Set<LocalDate> HELD = Set.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));

    @Test
    void aWorkingDayIsItself() {
        assertThat(WorkingDays.onOrAfter(LocalDate.of(2026, 12, 1), HELD)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void weekendsAndBankHolidaysRunOnToTheNextWorkingDay() {
        // Friday 25 December, the weekend, then Monday 28th (Boxing Day substitute).
        assertThat(WorkingDays.onOrAfter(LocalDate.of(2026, 12, 25), HELD)).isEqualTo(LocalDate.of(2026, 12, 29));
        // Friday 1 January 2027, the weekend, then Monday 4th (2 January substitute).
        assertThat(WorkingDays.onOrAfter(LocalDate.of(2027, 1, 1), HELD)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aDayInAYearWithNoBankHolidaysHeldIsAnErrorNamingTheDateNeverAWorkingDay() {
        assertThatThrownBy(() -> WorkingDays.onOrAfter(LocalDate.of(2028, 3, 1), HELD))
                .isInstanceOf(ReferenceDataNotHeld.class)
                .hasMessageContaining("No Scottish bank holidays are held for 2028")
                .hasMessageContaining("1 March 2028");
    }

    @Test
    void runningOnIntoAYearNotHeldIsAnErrorToo() {
        Set<LocalDate> only2026 = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
        // Thursday 31 December 2026 is a working day; Saturday 2 January 2027 would need 2027's holidays.
        assertThat(WorkingDays.onOrAfter(LocalDate.of(2026, 12, 31), only2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> WorkingDays.onOrAfter(LocalDate.of(2027, 1, 2), only2026))
                .isInstanceOf(ReferenceDataNotHeld.class)
                .hasMessageContaining("2 January 2027");
    }
}
