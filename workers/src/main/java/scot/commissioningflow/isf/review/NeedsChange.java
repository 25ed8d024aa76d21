package scot.commissioningflow.isf.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import scot.commissioningflow.isf.Caller;
import scot.commissioningflow.isf.CallerRole;

/** Anyone may say the person's needs have changed; every report is kept, whether or not it opened the review. */
@Entity
@Table(name = "isf_needs_change")
class NeedsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    private CallerRole reporterRole;

    private String description;
    private Instant reportedAt;

    protected NeedsChange() {
    }

    NeedsChange(Long isfId, Caller caller, String description, Instant at) {
        this.isfId = isfId;
        this.reportedBy = caller.user();
        this.reporterRole = caller.role();
        this.description = description;
        this.reportedAt = at;
    }
}
