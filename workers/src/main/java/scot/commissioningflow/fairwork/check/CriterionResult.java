package scot.commissioningflow.fairwork.check;

import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.Verdict;

/** One criterion's result, with the reason in a sentence a procurement officer can read. */
public record CriterionResult(Criterion criterion, boolean mandatory, Verdict result, String reason) {

    CriterionResult withVerdict(Verdict verdict, String newReason) {
        return new CriterionResult(criterion, mandatory, verdict, newReason);
    }
}
