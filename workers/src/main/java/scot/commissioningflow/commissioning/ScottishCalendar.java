package scot.commissioningflow.commissioning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.BankHoliday.HolidayView;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataNotHeld;
import scot.commissioningflow.referencedata.ReferenceDataset;

/**
 * Scottish working days. Procurement periods run in calendar days but must end on a working day, so a period whose
 * last day falls on a weekend or a Scottish bank holiday runs on to the next working day. A year whose bank holidays
 * are not loaded is refused rather than treated as having none: a deadline on an unknown holiday would be wrong.
 */
@Service
public class ScottishCalendar {

    private static final int AWARD_NOTICE_DAYS = 30;

    public static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private final Dataset holidays;

    ScottishCalendar(Dataset holidays) {
        this.holidays = holidays;
    }

    /** @throws ReferenceDataNotHeld naming the day when no bank holidays are held for a year the answer crosses */
    @Transactional(readOnly = true)
    /**
     * The last day for an award notice: the Procurement Reform (Scotland) Act 2014 (s.23) gives 30 days from the
     * award, the day moved on to a working day. A tender's award and a framework call-off's are held to it alike.
     */
    public LocalDate awardNoticeDueOn(LocalDate awardedOn) {
        return workingDayOnOrAfter(awardedOn.plusDays(AWARD_NOTICE_DAYS));
    }

    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return WorkingDays.onOrAfter(day,
                holidays.all().stream().map(BankHoliday::date).collect(Collectors.toSet()));
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
        return holidays.all().stream().map(BankHoliday::view).toList();
    }

    /** The rule itself, apart from where the holidays are kept. */
    static final class WorkingDays {

        private WorkingDays() {
        }

        static LocalDate onOrAfter(LocalDate day, Set<LocalDate> holidays) {
            Set<Integer> yearsHeld = holidays.stream().map(LocalDate::getYear).collect(Collectors.toSet());
            LocalDate candidate = day;
            while (true) {
                if (!yearsHeld.contains(candidate.getYear())) {
                    throw new ReferenceDataNotHeld("No Scottish bank holidays are held for " + candidate.getYear()
                            + ", so whether " + Period.date(candidate) + " is a working day is not known. Add that"
                            + " year's bank holidays through /api/reference-data/bank-holidays.");
                }
                boolean weekend = candidate.getDayOfWeek() == DayOfWeek.SATURDAY
                        || candidate.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (!weekend && !holidays.contains(candidate)) {
                    return candidate;
                }
                candidate = candidate.plusDays(1);
            }
        }
    }

    /** Scottish bank holidays as reference data: dataset {@code bank-holidays}, each a period of one day. */
    @Component
    static class Dataset extends ReferenceDataset<BankHoliday, NoFields, BankHoliday.Figures, HolidayView> {

        Dataset() {
            super("bank-holidays", BankHoliday.class, NoFields.class, BankHoliday.Figures.class);
        }

        @Override
        protected BankHoliday create(NoFields series, Period day, BankHoliday.Figures figures, String sourceNote) {
            return new BankHoliday(day, figures, sourceNote);
        }

        @Override
        protected HolidayView view(BankHoliday holiday) {
            return holiday.view();
        }

        @Override
        protected String describe(NoFields series) {
            return "A Scottish bank holiday";
        }

        /** A holiday is one day: given only its first day, it ends the same day. */
        @Override
        protected Period shape(Period requested) {
            if (requested.effectiveTo() != null && !requested.effectiveTo().equals(requested.effectiveFrom())) {
                throw new InvalidInput("effectiveTo", "effectiveTo must be left out or be the same day as"
                        + " effectiveFrom: a bank holiday is one day");
            }
            return new Period(requested.effectiveFrom(), requested.effectiveFrom());
        }
    }
}
