package scot.commissioningflow.monitoring.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a review found wrong: from the return's checks, the officer's rating, or an escalation. */
@Entity
@Table(name = "monitoring_finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String contractReference;
    private Long reviewId;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String description;
    private Instant raisedAt;

    protected Finding() {
    }

    public Finding(MonitoringReview review, Source source, String description, Instant raisedAt) {
        this.contractReference = review.contractReference();
        this.reviewId = review.id();
        this.source = source;
        this.description = description;
        this.raisedAt = raisedAt;
    }

    public Long reviewId() {
        return reviewId;
    }

    public Source source() {
        return source;
    }

    public String description() {
        return description;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public enum Source {
        RETURN,
        OFFICER,
        ESCALATION
    }

    public record View(Source source, String description, Instant raisedAt) {
    }

    public View view() {
        return new View(source, description, raisedAt);
    }
}
