package scot.commissioningflow.fairwork;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The days a reference figure applies: from a date, to a date or (when open) until a later figure replaces it. */
@Embeddable
public record Period(
        @Column(name = "effective_from") LocalDate effectiveFrom,
        @Column(name = "effective_to") LocalDate effectiveTo) {

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(other.effectiveFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    Period endingOn(LocalDate lastDay) {
        return new Period(effectiveFrom, lastDay);
    }

    @Override
    public String toString() {
        return effectiveTo == null ? "from " + effectiveFrom : effectiveFrom + " to " + effectiveTo;
    }
}
