package scot.commissioningflow.fairwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    /** The job's output variables: {@code fairWorkOutcome}, {@code fairWorkResults}, {@code fairWorkSummary}. */
    public Map<String, Object> asVariables() {
        return Map.of(
                "fairWorkOutcome", outcome.name(),
                "fairWorkResults", results.stream().map(CriterionResult::asVariable).toList(),
                "fairWorkSummary", summary);
    }
}
