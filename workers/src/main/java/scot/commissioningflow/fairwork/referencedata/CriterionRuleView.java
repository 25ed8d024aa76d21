package scot.commissioningflow.fairwork.referencedata;

import java.time.LocalDate;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Treatment;

/** How a criterion counts in a context for a period, as held in the reference data. */
public record CriterionRuleView(Long id, Criterion criterion, FairWorkContext context, Treatment treatment,
        LocalDate effectiveFrom, LocalDate effectiveTo, String sourceNote) {
}
