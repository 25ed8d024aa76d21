package scot.commissioningflow.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The days a reference figure applies: from a date, to a date or (when open) until a later figure replaces it. Both
 * ends are inclusive.
 */
@Embeddable
public record Period(
        @Column(name = "effective_from") LocalDate effectiveFrom,
        @Column(name = "effective_to") LocalDate effectiveTo) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public boolean open() {
        return effectiveTo == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(other.effectiveFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    Period endingOn(LocalDate lastDay) {
        return new Period(effectiveFrom, lastDay);
    }

    /** As it reads in a sentence: "from 1 April 2041 to 31 March 2042", or "from 1 April 2041" when open. */
    public String describe() {
        return effectiveTo == null ? "from " + date(effectiveFrom)
                : "from " + date(effectiveFrom) + " to " + date(effectiveTo);
    }

    /** A date as it reads in a sentence: "1 April 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    @Override
    public String toString() {
        return effectiveTo == null ? "from " + effectiveFrom : effectiveFrom + " to " + effectiveTo;
    }
}
