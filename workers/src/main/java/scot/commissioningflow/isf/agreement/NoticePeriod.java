package scot.commissioningflow.isf.agreement;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** When a provider's notice ends: at the end of the budget month in which the notice period expires. */
final class NoticePeriod {

    private NoticePeriod() {
    }

    /**
     * @param nextPeriodStart the first budget month starting after a given day
     * @return the last day the provider holds the fund
     */
    static LocalDate lastDay(LocalDate noticeGiven, int noticeDays, UnaryOperator<LocalDate> nextPeriodStart) {
        LocalDate lastDayOfNotice = noticeGiven.plusDays(noticeDays).minusDays(1);
        return nextPeriodStart.apply(lastDayOfNotice).minusDays(1);
    }
}
