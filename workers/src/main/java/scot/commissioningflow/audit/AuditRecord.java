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
        this.who = who;
        this.whoseRoles = whoseRoles;
        this.action = entry.action();
        this.subjectType = entry.subjectType();
        this.subjectReference = entry.subjectReference();
        this.why = entry.why();
        this.processInstanceKey = entry.processInstanceKey();
    }

    AuditedDecision view() {
        return new AuditedDecision(id, at, who, whoseRoles, action, subjectType, subjectReference, why,
                processInstanceKey);
    }
}
