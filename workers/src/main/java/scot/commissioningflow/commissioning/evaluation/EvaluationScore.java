package scot.commissioningflow.commissioning.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One evaluator's marks for one response out of 100 on quality and on fair work, or the moderated consensus marks.
 * Price is not marked by people: it is scored from the prices themselves. Each time the award is sent back to
 * moderation the panel agrees a new round of consensus marks; earlier rounds are kept, the latest one counts.
 */
@Entity
@Table(name = "evaluation_score")
class EvaluationScore {

    enum Stage {
        INDIVIDUAL,
        MODERATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private Long responseId;
    private String evaluator;
    private String stage;
    private int moderationRound;
    private BigDecimal qualityScore;
    private BigDecimal fairWorkScore;
    private String comments;
    private Instant recordedAt;

    protected EvaluationScore() {
    }

    /** @param moderationRound 1 for individual marks and the first moderation, counting up for each later one */
    EvaluationScore(String tenderReference, Long responseId, String evaluator, Stage stage, int moderationRound,
            BigDecimal qualityScore, BigDecimal fairWorkScore, String comments, Instant recordedAt) {
        this.tenderReference = tenderReference;
        this.responseId = responseId;
        this.evaluator = evaluator;
        this.stage = stage.name();
        this.moderationRound = moderationRound;
        this.qualityScore = qualityScore;
        this.fairWorkScore = fairWorkScore;
        this.comments = comments;
        this.recordedAt = recordedAt;
    }

    Long responseId() {
        return responseId;
    }

    String evaluator() {
        return evaluator;
    }

    Stage stage() {
        return Stage.valueOf(stage);
    }

    int moderationRound() {
        return moderationRound;
    }

    BigDecimal qualityScore() {
        return qualityScore;
    }

    BigDecimal fairWorkScore() {
        return fairWorkScore;
    }
}
