package scot.commissioningflow.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/** The rules every series of dated figures keeps, without Spring or a database. */
class PeriodRulesTest {

    private static final Function<Period, Period> ITSELF = Function.identity();

    private final Period closed = period("2041-04-01", "2042-03-31");
    private final Period open = period("2042-04-01", null);
    private final List<Period> series = List.of(closed, open);

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> PeriodRules.period(date("2042-04-01"), date("2042-03-31")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("effectiveTo must not be before effectiveFrom");
        assertThat(PeriodRules.period(date("2042-04-01"), date("2042-04-01")).covers(date("2042-04-01"))).isTrue();
    }

    @Test
    void aNewPeriodAfterTheOpenOneEndsIt() {
        assertThat(PeriodRules.endedBy(series, ITSELF, period("2043-04-01", null))).containsExactly(open);
        assertThat(PeriodRules.endedBy(series, ITSELF, period("2042-04-01", null))).isEmpty();
        assertThat(PeriodRules.endedBy(series, ITSELF, period("2040-01-01", "2040-12-31"))).isEmpty();
    }

    @Test
    void anOverlapIsRefusedNamingBothPeriods() {
        assertThatThrownBy(() -> PeriodRules.refuseOverlap(series, ITSELF, null, period("2042-01-01", "2042-12-31"),
                "The training on-cost"))
                .isInstanceOf(Conflict.class)
                .hasMessage("The training on-cost from 1 January 2042 to 31 December 2042 would overlap the one held"
                        + " from 1 April 2041 to 31 March 2042. Change or end that period first.");
    }

    @Test
    void aSecondFigureFromTheSameDayIsAlreadyRecorded() {
        assertThatThrownBy(() -> PeriodRules.refuseOverlap(series, ITSELF, null, period("2042-04-01", null),
                "The light-touch threshold"))
                .isInstanceOf(Conflict.class)
                .hasMessage("The light-touch threshold from 1 April 2042 is already recorded; correct that one rather"
                        + " than adding another.");
    }

    @Test
    void aCorrectionMayKeepItsOwnDaysAndTheDayAfterAPeriodEndsIsFree() {
        assertThatCode(() -> PeriodRules.refuseOverlap(series, ITSELF, closed, period("2041-05-01", "2042-03-31"),
                "The rate")).doesNotThrowAnyException();
        assertThatCode(() -> PeriodRules.refuseOverlap(List.of(closed), ITSELF, null, period("2042-04-01", null),
                "The rate")).doesNotThrowAnyException();
    }

    @Test
    void onlyAnOpenPeriodIsEndedAndNeverBeforeItStarts() {
        assertThat(PeriodRules.ending(open, date("2042-12-31"), "The rate")).isEqualTo(
                period("2042-04-01", "2042-12-31"));
        assertThatThrownBy(() -> PeriodRules.ending(closed, date("2041-12-31"), "The rate"))
                .isInstanceOf(Conflict.class)
                .hasMessage("The rate from 1 April 2041 to 31 March 2042 already has an end; post a change to move it.");
        assertThatThrownBy(() -> PeriodRules.ending(open, date("2042-03-31"), "The rate"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("effectiveTo must not be before the period's first day, 1 April 2042");
    }

    private static Period period(String from, String to) {
        return new Period(date(from), to == null ? null : date(to));
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
