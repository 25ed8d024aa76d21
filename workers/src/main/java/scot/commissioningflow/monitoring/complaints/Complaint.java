package scot.commissioningflow.monitoring.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A complaint about a monitored contract, recorded by an officer, with the complainant's words as they gave them. */
@Entity
@Table(name = "monitoring_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String contractReference;
    private LocalDate receivedOn;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private String outcome;
    private String recordedBy;
    private Instant recordedAt;
    private String decidedBy;
    private Instant decidedAt;

    protected Complaint() {
    }

    Complaint(String contractReference, ComplaintRequest request, String recordedBy, Instant recordedAt) {
        this.contractReference = contractReference;
        this.receivedOn = request.receivedOn();
        this.summary = request.summary();
        this.status = request.status();
        this.outcome = request.outcome();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void decided(ComplaintDecision decision, String by, Instant at) {
        this.status = decision.status();
        this.outcome = decision.outcome();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    String contractReference() {
        return contractReference;
    }

    ComplaintStatus status() {
        return status;
    }

    /**
     * The complaint as council staff read it.
     *
     * @param summary the complainant's words; null in the provider's view
     * @param outcome null in the provider's view
     */
    public record View(long id, LocalDate receivedOn, ComplaintStatus status, String summary, String outcome,
            String recordedBy, Instant recordedAt, String decidedBy, Instant decidedAt) {
    }

    View view() {
        return new View(id, receivedOn, status, summary, outcome, recordedBy, recordedAt, decidedBy, decidedAt);
    }

    /**
     * The complaint as the provider reads it: that it was upheld, and when it was received. The complainant's words
     * and the outcome stay with the council: a complainant (often a person supported or their family) may be known
     * to the provider from their words, and speaks more freely when they cannot be.
     */
    View providersView() {
        return new View(id, receivedOn, status, null, null, null, null, null, null);
    }
}
