package scot.commissioningflow.fairwork.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Verdict;

/** A stored fair work check: the outcome for the caller's gateway, each criterion's result and a summary. */
public record FairWorkCheckResult(
        String checkKey,
        FairWorkContext context,
        LocalDate contractStartDate,
        Verdict outcome,
        List<CriterionResult> results,
        String summary,
        Instant checkedAt,
        String reviewedBy,
        String reviewNotes,
        Instant reviewedAt) {

    /** The variables a check sets in the process that asked, named as the caller's gateway reads them. */
    public record Variables(Verdict fairWorkOutcome, List<CriterionResult> fairWorkResults, String fairWorkSummary) {
    }

    public Variables variables() {
        return new Variables(outcome, results, summary);
    }
}
