package scot.commissioningflow.isf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the council's ISF rules, in force from its date until the next version's. */
@Entity
@Table(name = "isf_policy")
class IsfPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate effectiveFrom;
    private BigDecimal overspendReviewPercent;
    private BigDecimal underspendReviewPercent;
    private int providerChangeNoticeDays;
    private int reviewIntervalMonths;
    private int signingDeadlineDays;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected IsfPolicy() {
    }

    IsfPolicy(NewIsfPolicy version, String recordedBy, Instant at) {
        this.effectiveFrom = version.effectiveFrom();
        this.overspendReviewPercent = version.overspendReviewPercent();
        this.underspendReviewPercent = version.underspendReviewPercent();
        this.providerChangeNoticeDays = version.providerChangeNoticeDays();
        this.reviewIntervalMonths = version.reviewIntervalMonths();
        this.signingDeadlineDays = version.signingDeadlineDays();
        this.reason = version.reason();
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    BigDecimal overspendReviewPercent() {
        return overspendReviewPercent;
    }

    BigDecimal underspendReviewPercent() {
        return underspendReviewPercent;
    }

    int providerChangeNoticeDays() {
        return providerChangeNoticeDays;
    }

    int reviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    int signingDeadlineDays() {
        return signingDeadlineDays;
    }

    IsfPolicyView view() {
        return new IsfPolicyView(effectiveFrom, overspendReviewPercent, underspendReviewPercent,
                providerChangeNoticeDays, reviewIntervalMonths, signingDeadlineDays, reason, recordedBy, recordedAt);
    }
}
