package scot.commissioningflow.commissioning.award;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import scot.commissioningflow.commissioning.ScottishCalendar;

/**
 * How a letter states the end of standstill. The period ends at midnight, held as the first instant of the next day
 * in Scotland; a person reads "midnight at the end of" the last day, so that is the day named.
 */
final class Standstill {

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Standstill() {
    }

    static String endInWords(Instant endsAt) {
        return "midnight at the end of "
                + endsAt.atZone(ScottishCalendar.SCOTLAND).toLocalDate().minusDays(1).format(LETTER_DATE);
    }
}
