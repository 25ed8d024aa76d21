package scot.commissioningflow.frameworks.brokerage;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * When a package's offers close: a number of working hours after it is posted, counting only the hours of the
 * working day on Scottish working days. Posted on a Friday afternoon with a window of eight hours, offers close on
 * Monday afternoon (Tuesday after a bank holiday Monday), never at midnight on a Sunday.
 */
final class OfferWindow {

    private OfferWindow() {
    }

    static ZonedDateTime closesAt(ZonedDateTime posted, int workingHours, LocalTime dayStarts, LocalTime dayEnds,
            Predicate<LocalDate> workingDay) {
        if (workingHours < 1 || !dayEnds.isAfter(dayStarts)) {
            throw new IllegalArgumentException("An offer window needs at least one working hour in a working day"
                    + " that ends after it starts");
        }
        long remaining = workingHours * 60L;
        ZonedDateTime at = posted;
        while (true) {
            LocalDate day = at.toLocalDate();
            if (!workingDay.test(day) || !at.toLocalTime().isBefore(dayEnds)) {
                at = day.plusDays(1).atTime(dayStarts).atZone(posted.getZone());
                continue;
            }
            if (at.toLocalTime().isBefore(dayStarts)) {
                at = day.atTime(dayStarts).atZone(posted.getZone());
            }
            long leftToday = java.time.Duration.between(at.toLocalTime(), dayEnds).toMinutes();
            if (remaining <= leftToday) {
                return at.plusMinutes(remaining);
            }
            remaining -= leftToday;
            at = day.plusDays(1).atTime(dayStarts).atZone(posted.getZone());
        }
    }
}
