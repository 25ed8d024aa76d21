package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The least hourly pay for a kind of work on a date, and the rate that sets it.
 *
 * @param rateEffectiveFrom when the rate that sets the floor took effect
 * @param inferred whether that rate is inferred rather than stated by one source
 */
public record PayFloor(WorkType workType, LocalDate date, BigDecimal hourlyRate, RateKind rateKind,
        LocalDate rateEffectiveFrom, boolean inferred) {

    /** E.g. "the adult social care minimum of £13.45 that applies from 1 April 2026". */
    public String describe() {
        String appliesTo = workType == WorkType.SLEEPOVER ? " that applies to every sleepover hour from "
                : " that applies from ";
        return "the " + rateKind.readableName() + " of " + Wording.money(hourlyRate) + appliesTo
                + Wording.date(rateEffectiveFrom);
    }
}
