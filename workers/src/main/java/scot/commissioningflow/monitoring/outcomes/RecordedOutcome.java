package scot.commissioningflow.monitoring.outcomes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.TalkingPoint;

/** An outcome one person supported reported at a review, with the words kept exactly as they were said. */
@Entity
@Table(name = "monitoring_person_outcome")
public class RecordedOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private String contractReference;
    private String personReference;
    @Enumerated(EnumType.STRING)
    private TalkingPoint category;
    @Enumerated(EnumType.STRING)
    private Speaker spokenBy;
    private String words;
    @Enumerated(EnumType.STRING)
    private OutcomeMet met;
    private Instant recordedAt;

    protected RecordedOutcome() {
    }

    public RecordedOutcome(Long reviewId, String contractReference, String personReference, TalkingPoint category,
            Speaker spokenBy, String words, OutcomeMet met, Instant recordedAt) {
        this.reviewId = reviewId;
        this.contractReference = contractReference;
        this.personReference = personReference;
        this.category = category;
        this.spokenBy = spokenBy;
        this.words = words;
        this.met = met;
        this.recordedAt = recordedAt;
    }

    public View view() {
        return new View(reviewId, personReference, category, spokenBy, words, met, recordedAt);
    }

    public TalkingPoint category() {
        return category;
    }

    public record View(Long reviewId, String personReference, TalkingPoint category, Speaker spokenBy, String words,
            OutcomeMet met, Instant recordedAt) {
    }
}
