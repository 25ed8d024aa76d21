package scot.commissioningflow.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One field of one reference figure changed through the API: kept for good as the audit trail. */
@Entity
@Table(name = "reference_data_change")
class ReferenceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String dataSet;
    private long recordId;
    private String field;
    private String oldValue;
    private String newValue;
    private String changedBy;
    private Instant changedAt;
    private String reason;

    protected ReferenceChange() {
    }

    ReferenceChange(String dataSet, long recordId, String field, String oldValue, String newValue, String changedBy,
            Instant changedAt, String reason) {
        this.dataSet = dataSet;
        this.recordId = recordId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    ReferenceChangeView view() {
        return new ReferenceChangeView(id, dataSet, recordId, field, oldValue, newValue, changedBy, changedAt, reason);
    }
}
