package scot.commissioningflow.monitoring.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Tier;

/** One review of a contract: the return the provider sent for it, and the officer's rating. */
@Entity
@Table(name = "monitoring_review")
public class MonitoringReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String contractReference;
    private int reviewNumber;
    private String returnKey;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    @Enumerated(EnumType.STRING)
    private ReviewType reviewType;
    private Instant requestedAt;
    /** The day the provider's return is due by; after it the review goes on without one. */
    private LocalDate returnDue;
    private Instant returnNotReceivedAt;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private BigDecimal plannedHours;
    private BigDecimal deliveredHours;
    private BigDecimal lowestHourlyPay;
    private String returnSubmittedBy;
    private Instant returnSubmittedAt;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String officerNotes;
    private BigDecimal officerHours;
    private String reviewedBy;
    private Instant reviewedAt;
    private String improvementActions;
    private LocalDate improvementDue;
    private Boolean improvementMet;

    protected MonitoringReview() {
    }

    MonitoringReview(String contractReference, int reviewNumber, Tier tier, ReviewType reviewType,
            Instant requestedAt, LocalDate returnDue) {
        this.contractReference = contractReference;
        this.reviewNumber = reviewNumber;
        this.returnKey = contractReference + "/review-" + reviewNumber;
        this.tier = tier;
        this.reviewType = reviewType;
        this.requestedAt = requestedAt;
        this.returnDue = returnDue;
    }

    void returnNotReceived(Instant at) {
        if (returnNotReceivedAt == null) {
            this.returnNotReceivedAt = at;
        }
    }

    void returned(MonitoringReturn submitted, String by, Instant at) {
        this.periodFrom = submitted.periodFrom();
        this.periodTo = submitted.periodTo();
        this.plannedHours = submitted.plannedHours();
        this.deliveredHours = submitted.deliveredHours();
        this.lowestHourlyPay = submitted.lowestHourlyPay();
        this.returnSubmittedBy = by;
        this.returnSubmittedAt = at;
    }

    void reviewed(Rating rating, String notes, BigDecimal hours, String by, Instant at) {
        this.rating = rating;
        this.officerNotes = notes;
        this.officerHours = hours;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void improvementFollowedUp(String actions, LocalDate due, boolean met) {
        this.improvementActions = actions;
        this.improvementDue = due;
        this.improvementMet = met;
    }

    public Long id() {
        return id;
    }

    public String contractReference() {
        return contractReference;
    }

    public int reviewNumber() {
        return reviewNumber;
    }

    public String returnKey() {
        return returnKey;
    }

    public Tier tier() {
        return tier;
    }

    public ReviewType reviewType() {
        return reviewType;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public boolean returnSubmitted() {
        return returnSubmittedAt != null;
    }

    public LocalDate returnDue() {
        return returnDue;
    }

    /** The deadline passed without a return, and the review went on without one. */
    public boolean returnNotReceived() {
        return returnNotReceivedAt != null;
    }

    public BigDecimal plannedHours() {
        return plannedHours;
    }

    public BigDecimal deliveredHours() {
        return deliveredHours;
    }

    public BigDecimal lowestHourlyPay() {
        return lowestHourlyPay;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public BigDecimal officerHours() {
        return officerHours;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public ReviewView view() {
        return new ReviewView(reviewNumber, returnKey, tier, reviewType, requestedAt, returnDue,
                returnNotReceivedAt, periodFrom, periodTo,
                plannedHours, deliveredHours, lowestHourlyPay, returnSubmittedAt, rating, reviewedBy, reviewedAt,
                improvementActions, improvementDue, improvementMet);
    }

    /** The officer's rating of the contract at a review. */
    public enum Rating {
        GOOD,
        ADEQUATE,
        WEAK
    }

    public record ReviewView(int reviewNumber, String returnKey, Tier tier, ReviewType reviewType,
            Instant requestedAt, LocalDate returnDue, Instant returnNotReceivedAt, LocalDate periodFrom, LocalDate periodTo, BigDecimal plannedHours,
            BigDecimal deliveredHours, BigDecimal lowestHourlyPay, Instant returnSubmittedAt, Rating rating,
            String reviewedBy, Instant reviewedAt, String improvementActions, LocalDate improvementDue,
            Boolean improvementMet) {
    }
}
