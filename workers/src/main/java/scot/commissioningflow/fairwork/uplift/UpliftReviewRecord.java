package scot.commissioningflow.fairwork.uplift;

import java.time.Instant;
import java.time.LocalDate;

/** A stored pay uplift review: what was found on the date and the commissioner's decision on it. */
public record UpliftReviewRecord(String reviewKey, LocalDate effectiveFrom, UpliftReview review,
        Instant foundAt, Long processInstanceKey, UpliftDecision decision, String decisionNotes, String decidedBy,
        Instant decidedAt) {
}
