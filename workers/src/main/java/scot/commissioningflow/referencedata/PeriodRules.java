package scot.commissioningflow.referencedata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The rules every series of dated figures keeps: a period never ends before it starts, a new period ends the open
 * one that began earlier (the day before it starts), and otherwise no two periods of a series share a day.
 */
final class PeriodRules {

    private PeriodRules() {
    }

    /** @throws InvalidInput when the period would end before it starts */
    static Period period(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new InvalidInput("effectiveTo", "effectiveTo must not be before effectiveFrom");
        }
        return new Period(from, to);
    }

    /** The open periods a new one takes over from: they started earlier, so they end the day before it. */
    static <T> List<T> endedBy(List<T> series, Function<T, Period> periodOf, Period added) {
        return series.stream().filter(figure -> {
            Period held = periodOf.apply(figure);
            return held.open() && held.effectiveFrom().isBefore(added.effectiveFrom());
        }).toList();
    }

    /**
     * @param self the figure being corrected, which may keep its own days; null for a new one
     * @throws Conflict naming both periods when another figure of the series already covers a day of this one
     */
    static <T> void refuseOverlap(List<T> series, Function<T, Period> periodOf, T self, Period wanted, String what) {
        Optional<Period> clash = series.stream().filter(figure -> !Objects.equals(figure, self))
                .map(periodOf).filter(held -> held.overlaps(wanted)).findFirst();
        clash.ifPresent(held -> {
            if (held.effectiveFrom().equals(wanted.effectiveFrom())) {
                throw new Conflict(what + " from " + Period.date(wanted.effectiveFrom())
                        + " is already recorded; correct that one rather than adding another.");
            }
            throw new Conflict(what + " " + wanted.describe() + " would overlap the one held " + held.describe()
                    + ". Change or end that period first.");
        });
    }

    /** @throws Conflict when the period is already closed, InvalidInput when the end is before its start */
    static Period ending(Period held, LocalDate lastDay, String what) {
        if (!held.open()) {
            throw new Conflict(what + " " + held.describe() + " already has an end; post a change to move it.");
        }
        if (lastDay.isBefore(held.effectiveFrom())) {
            throw new InvalidInput("effectiveTo", "effectiveTo must not be before the period's first day, "
                    + Period.date(held.effectiveFrom()));
        }
        return held.endingOn(lastDay);
    }
}
