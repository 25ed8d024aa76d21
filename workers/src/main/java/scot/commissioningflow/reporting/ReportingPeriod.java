package scot.commissioningflow.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in the Scottish public sector's financial year (1 April to 31 March): a whole year, written
 * {@code 2026-27}, or one of its quarters, written {@code 2026-27-Q1} (April to June) to {@code 2026-27-Q4} (January
 * to March).
 *
 * @param from  the first day
 * @param to    the last day, included
 * @param label how it is written
 */
public record ReportingPeriod(LocalDate from, LocalDate to, String label) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");

    /** Reads {@code 2026-27} or {@code 2026-27-Q3}; empty for anything else. */
    public static java.util.Optional<ReportingPeriod> parse(String written) {
        Matcher m = written == null ? null : WRITTEN.matcher(written.strip());
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        int startYear = Integer.parseInt(m.group(1));
        if (startYear < 2000 || startYear > 2099 || Integer.parseInt(m.group(2)) != (startYear + 1) % 100) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(3) == null ? financialYear(startYear)
                : quarter(startYear, Integer.parseInt(m.group(3))));
    }

    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31),
                yearLabel(startYear));
    }

    public static ReportingPeriod quarter(int startYear, int quarter) {
        LocalDate from = LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
        return new ReportingPeriod(from, from.plusMonths(3).minusDays(1), yearLabel(startYear) + "-Q" + quarter);
    }

    /** The whole financial quarter that ended before this day. */
    public static ReportingPeriod quarterBefore(LocalDate day) {
        LocalDate inPrevious = day.withDayOfMonth(1).minusMonths(3);
        int monthsIntoYear = Math.floorMod(inPrevious.getMonthValue() - 4, 12);
        int startYear = inPrevious.getMonthValue() >= 4 ? inPrevious.getYear() : inPrevious.getYear() - 1;
        return quarter(startYear, monthsIntoYear / 3 + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static String yearLabel(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
