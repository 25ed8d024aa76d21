package scot.commissioningflow.frameworks.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Offer windows counted in working hours, 09:00 to 17:00 on Scottish working days. */
class OfferWindowTest {

    private static final ZoneId SCOTLAND = ZoneId.of("Europe/London");
    /** Christmas and Boxing Day 2026 fall on a Friday and a Saturday; the substitute day is Monday 28th. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));
    private static final Predicate<LocalDate> WORKING_DAY = day -> day.getDayOfWeek().getValue() < 6
            && !HOLIDAYS.contains(day);

    @ParameterizedTest(name = "posted {0} with {1} working hours: closes {2}")
    @CsvSource({
            "2026-11-26T10:00, 8, 2026-11-27T10:00",   // Thursday morning to Friday morning
            "2026-11-26T08:00, 8, 2026-11-26T17:00",   // before the day starts: counted from 09:00
            "2026-11-27T15:00, 8, 2026-11-30T15:00",   // Friday afternoon: over the weekend
            "2026-11-27T18:30, 1, 2026-11-30T10:00",   // Friday evening: from Monday morning
            "2026-12-24T16:00, 4, 2026-12-29T12:00",   // Christmas Eve: past Christmas and the substitute Monday
            "2026-11-26T09:00, 24, 2026-11-30T17:00",  // three working days
    })
    void countsOnlyWorkingHoursOnWorkingDays(LocalDateTime posted, int hours, LocalDateTime closes) {
        assertThat(OfferWindow.closesAt(posted.atZone(SCOTLAND), hours, LocalTime.of(9, 0), LocalTime.of(17, 0),
                WORKING_DAY)).isEqualTo(closes.atZone(SCOTLAND));
    }

    @Test
    void aWindowOfNoHoursIsRefused() {
        assertThatThrownBy(() -> OfferWindow.closesAt(ZonedDateTime.now(SCOTLAND), 0, LocalTime.of(9, 0),
                LocalTime.of(17, 0), WORKING_DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
