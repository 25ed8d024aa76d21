package scot.commissioningflow.commissioning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.BankHoliday.HolidayView;
import scot.commissioningflow.platform.web.Conflict;

/**
 * Scottish working days. Procurement periods run in calendar days but must end on a working day, so a period whose
 * last day falls on a weekend or a Scottish bank holiday runs on to the next working day.
 */
@Service
public class ScottishCalendar {

    public static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private final BankHolidayRepository holidays;
    private final Clock clock;

    ScottishCalendar(BankHolidayRepository holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        // A month ahead covers any run of weekends and holidays (Christmas and New Year are the longest).
        Set<LocalDate> closed = holidays.findByHolidayDateBetweenOrderByHolidayDate(day, day.plusMonths(1)).stream()
                .map(BankHoliday::date).collect(Collectors.toSet());
        LocalDate candidate = day;
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY
                || closed.contains(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * The moment a period of calendar days starting the day after {@code from} ends: midnight at the close of its
     * last day, that day moved on to a working day.
     */
    public ZonedDateTime periodEnd(LocalDate from, int days) {
        LocalDate lastDay = workingDayOnOrAfter(from.plusDays(days));
        return lastDay.plusDays(1).atStartOfDay(SCOTLAND);
    }

    @Transactional(readOnly = true)
    public List<HolidayView> all() {
        return holidays.findAllByOrderByHolidayDate().stream().map(BankHoliday::view).toList();
    }

    @Transactional
    public HolidayView record(LocalDate date, String name, String recordedBy) {
        if (holidays.existsByHolidayDate(date)) {
            throw new Conflict(date + " is already recorded as a Scottish bank holiday.");
        }
        return holidays.save(new BankHoliday(date, name, recordedBy, clock.instant())).view();
    }
}
