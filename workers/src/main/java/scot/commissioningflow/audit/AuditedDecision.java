package scot.commissioningflow.audit;

import java.time.Instant;

/** An entry as the trail keeps it: who made the decision (a username, or {@code system:<part>}) and when. */
public record AuditedDecision(long id, Instant at, String who, String whoseRoles, String action, String subjectType,
        String subjectReference, String why, Long processInstanceKey) {
}
