package scot.commissioningflow.fairwork.referencedata;

import java.time.LocalDate;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.WorkType;

/** A rate that sets the pay floor for a kind of work during a period, as held in the reference data. */
public record PayFloorRuleView(Long id, WorkType workType, RateKind rateKind, LocalDate effectiveFrom,
        LocalDate effectiveTo, String sourceNote) {
}
