package scot.commissioningflow.fairwork.uplift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A stored pay uplift review: what was found on the date and the commissioner's decision on it. */
public record UpliftReviewRecord(String reviewKey, LocalDate effectiveFrom, Map<String, Object> review,
        Instant foundAt, Long processInstanceKey, String decision, String decisionNotes, String decidedBy,
        Instant decidedAt) {
}
