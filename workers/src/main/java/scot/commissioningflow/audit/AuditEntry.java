package scot.commissioningflow.audit;

/**
 * One decision for the trail.
 *
 * @param action             what was decided, as {@code feature.decision} in kebab case ({@code award.decided},
 *                           {@code reference-data.changed}, {@code access.refused})
 * @param subjectType        the kind of record decided about ({@code tender}, {@code isf}, {@code contract})
 * @param subjectReference   its business reference
 * @param why                the reason given or the figures the decision used, in words
 * @param processInstanceKey the engine's process instance, when there is one
 */
public record AuditEntry(String action, String subjectType, String subjectReference, String why,
        Long processInstanceKey) {

    public AuditEntry {
        if (action == null || !action.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("An audit action reads feature.decision in kebab case: " + action);
        }
    }

    public static AuditEntry of(String action, String subjectType, String subjectReference, String why) {
        return new AuditEntry(action, subjectType, subjectReference, why, null);
    }

    public AuditEntry inProcess(Long key) {
        return new AuditEntry(action, subjectType, subjectReference, why, key);
    }
}
