package scot.commissioningflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of the trail. Immutable here and in the database (triggers refuse UPDATE and DELETE). */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant at;
    @Column(name = "actor")
    private String who;
    @Column(name = "actor_roles")
    private String whoseRoles;
    private String action;
    private String subjectType;
    private String subjectReference;
    @Column(name = "reason")
    private String why;
    private Long processInstanceKey;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String who, String whoseRoles, AuditEntry entry) {
        this.at = at;
        this.who = bounded(who, 200);
        this.whoseRoles = bounded(whoseRoles, 500);
        this.action = bounded(entry.action(), 100);
        this.subjectType = bounded(entry.subjectType(), 50);
        this.subjectReference = bounded(entry.subjectReference(), 300);
        this.why = bounded(entry.why(), WHY_LIMIT);
        this.processInstanceKey = entry.processInstanceKey();
    }

    /** Enough for any reason a person gives; a refusal may quote what was sent, which can be a megabyte. */
    static final int WHY_LIMIT = 4000;

    /**
     * Keeps the start of text longer than its column, saying how long it was: a decision must be recorded even when
     * what it quotes is huge (a refused request with a megabyte in a field must not fail to be recorded).
     */
    static String bounded(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        String note = "… (" + text.length() + " characters, shortened)";
        int end = limit - note.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + note;
    }

    AuditedDecision view() {
        return new AuditedDecision(id, at, who, whoseRoles, action, subjectType, subjectReference, why,
                processInstanceKey);
    }
}
