package scot.commissioningflow.isf.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A review of the ISF: why it was opened, and what the social worker and the person decided. */
@Entity
@Table(name = "isf_review")
class IsfReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;

    @Enumerated(EnumType.STRING)
    private ReviewReason reason;

    private String detail;
    private String raisedBy;
    private Instant openedAt;
    private String outcome;
    private BigDecimal newAnnualBudget;
    private String notes;
    private String reviewedBy;
    private Instant closedAt;
    private long elementInstanceKey;

    protected IsfReview() {
    }

    IsfReview(Long isfId, ReviewReason reason, String detail, String raisedBy, long elementInstanceKey, Instant at) {
        this.isfId = isfId;
        this.reason = reason;
        this.detail = detail;
        this.raisedBy = raisedBy;
        this.elementInstanceKey = elementInstanceKey;
        this.openedAt = at;
    }

    void close(String outcome, BigDecimal newAnnualBudget, String notes, String reviewedBy, Instant at) {
        this.outcome = outcome;
        this.newAnnualBudget = newAnnualBudget;
        this.notes = notes;
        this.reviewedBy = reviewedBy;
        this.closedAt = at;
    }

    ReviewReason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }

    String notes() {
        return notes;
    }

    ReviewView view() {
        return new ReviewView(reason, detail, raisedBy, openedAt, outcome, newAnnualBudget, notes, reviewedBy,
                closedAt);
    }
}
