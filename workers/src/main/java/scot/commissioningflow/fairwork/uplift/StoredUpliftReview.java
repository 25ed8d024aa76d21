package scot.commissioningflow.fairwork.uplift;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A pay uplift review as the commissioner was shown it, and what they decided. */
@Entity
@Table(name = "fair_work_uplift_review")
class StoredUpliftReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reviewKey;
    private LocalDate effectiveFrom;

    @Convert(converter = ReviewConverter.class)
    private UpliftReview review;

    private Instant foundAt;
    private Long processInstanceKey;
    @Enumerated(EnumType.STRING)
    private UpliftDecision decision;
    private String decisionNotes;
    private String decidedBy;
    private Instant decidedAt;

    protected StoredUpliftReview() {
    }

    StoredUpliftReview(String reviewKey, LocalDate effectiveFrom, UpliftReview review,
            Long processInstanceKey, Instant foundAt) {
        this.reviewKey = reviewKey;
        this.effectiveFrom = effectiveFrom;
        this.review = review;
        this.processInstanceKey = processInstanceKey;
        this.foundAt = foundAt;
    }

    boolean decided() {
        return decision != null;
    }

    UpliftReview review() {
        return review;
    }

    void decide(UpliftDecision decision, String notes, String by, Instant at) {
        this.decision = decision;
        this.decisionNotes = notes;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The engine lost the review's process; it carries on in this one. */
    void resumedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    UpliftReviewRecord view() {
        return new UpliftReviewRecord(reviewKey, effectiveFrom, review, foundAt, processInstanceKey, decision,
                decisionNotes, decidedBy, decidedAt);
    }

    /** The review as the commissioner was shown it, kept as JSON. */
    @Converter
    static class ReviewConverter extends JsonConverter<UpliftReview> {
        ReviewConverter() {
            super(new TypeReference<>() {
            });
        }
    }
}
