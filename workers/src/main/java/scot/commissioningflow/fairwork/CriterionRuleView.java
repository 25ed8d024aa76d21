package scot.commissioningflow.fairwork;

import java.time.LocalDate;

/** How a criterion counts in a context for a period, as held in the reference data. */
public record CriterionRuleView(Long id, Criterion criterion, FairWorkContext context, Treatment treatment,
        LocalDate effectiveFrom, LocalDate effectiveTo, String sourceNote) {
}
