package scot.commissioningflow.isf.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A provider's notice runs to the end of the budget month in which it expires, so no month is split. */
class NoticePeriodTest {

    /** Budget months that start on the 15th, as they do for an ISF that began on a 15th. */
    private static final UnaryOperator<LocalDate> MONTHS_FROM_THE_15TH = day -> day.getDayOfMonth() < 15
            ? day.withDayOfMonth(15) : day.plusMonths(1).withDayOfMonth(15);

    @Test
    void noticeExpiringMidMonthRunsToTheEndOfThatBudgetMonth() {
        // 28 days from 10 January: the last day of notice is 6 February, in the month running to 14 February.
        assertThat(NoticePeriod.lastDay(LocalDate.parse("2026-01-10"), 28, MONTHS_FROM_THE_15TH))
                .isEqualTo(LocalDate.parse("2026-02-14"));
    }

    @Test
    void noticeExpiringOnTheLastDayOfABudgetMonthEndsThatDay() {
        // 28 days from 18 January: the last day of notice is 14 February, the last day of a budget month.
        assertThat(NoticePeriod.lastDay(LocalDate.parse("2026-01-18"), 28, MONTHS_FROM_THE_15TH))
                .isEqualTo(LocalDate.parse("2026-02-14"));
        assertThat(NoticePeriod.lastDay(LocalDate.parse("2026-01-19"), 28, MONTHS_FROM_THE_15TH))
                .isEqualTo(LocalDate.parse("2026-03-14"));
    }

    @Test
    void noNoticeEndsWithTheCurrentBudgetMonth() {
        assertThat(NoticePeriod.lastDay(LocalDate.parse("2026-01-20"), 0, MONTHS_FROM_THE_15TH))
                .isEqualTo(LocalDate.parse("2026-02-14"));
    }
}
