package scot.commissioningflow.fairwork;

import java.time.LocalDate;

/** A reference figure that applies for a period: one of several of its kind that must not overlap. */
interface EffectiveDated {

    Long id();

    Period period();

    /** Ends an open period the day before a newer figure starts. */
    void endOn(LocalDate lastDay);
}
