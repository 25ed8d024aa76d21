package scot.commissioningflow.frameworks.admission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "framework_uplift")
class StoredUplift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String upliftKey;
    private String frameworkReference;
    private LocalDate effectiveFrom;
    private BigDecimal upliftPercent;
    private String payUpliftReviewKey;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    /** Until every member's variation is settled (signed and re-issued, or lapsed); see the migration V28_1. */
    private boolean inProgress;

    protected StoredUplift() {
    }

    StoredUplift(String upliftKey, String frameworkReference, UpliftRequest request, String requestedBy,
            Instant at) {
        this.upliftKey = upliftKey;
        this.frameworkReference = frameworkReference;
        this.effectiveFrom = request.effectiveFrom();
        this.upliftPercent = request.upliftPercent();
        this.payUpliftReviewKey = request.payUpliftReviewKey();
        this.reason = request.reason();
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.inProgress = true;
    }

    void settled() {
        this.inProgress = false;
    }

    String upliftKey() {
        return upliftKey;
    }

    String frameworkReference() {
        return frameworkReference;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    BigDecimal upliftPercent() {
        return upliftPercent;
    }

    String reason() {
        return reason;
    }

    String payUpliftReviewKey() {
        return payUpliftReviewKey;
    }

    Instant requestedAt() {
        return requestedAt;
    }
}
