package scot.commissioningflow.operations.resumption;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import scot.commissioningflow.platform.process.RecordInFlight;

@Entity
@Table(name = "process_resumption")
class StoredResumption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant happenedAt;
    private String processId;
    private String subjectType;
    private String subjectReference;
    private String step;
    private long lostProcessInstanceKey;
    private Long newProcessInstanceKey;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String reason;

    protected StoredResumption() {
    }

    StoredResumption(RecordInFlight record, Long newProcessInstanceKey, String reason, Instant at) {
        this.happenedAt = at;
        this.processId = record.processId();
        this.subjectType = record.subjectType();
        this.subjectReference = record.reference();
        this.step = record.step();
        this.lostProcessInstanceKey = record.processInstanceKey();
        this.newProcessInstanceKey = newProcessInstanceKey;
        this.outcome = newProcessInstanceKey == null ? Outcome.NOT_RESUMED : Outcome.RESUMED;
        this.reason = reason;
    }

    Resumption view() {
        return new Resumption(id, processId, subjectType, subjectReference, step, lostProcessInstanceKey,
                newProcessInstanceKey, outcome, reason, happenedAt);
    }
}
