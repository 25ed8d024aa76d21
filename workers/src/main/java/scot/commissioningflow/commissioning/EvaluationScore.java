package scot.commissioningflow.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One evaluator's marks for one response out of 100 on quality and on fair work, or the moderated consensus marks.
 * Price is not marked by people: it is scored from the prices themselves.
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
    private BigDecimal qualityScore;
    private BigDecimal fairWorkScore;
    private String comments;
    private Instant recordedAt;

    protected EvaluationScore() {
    }

    EvaluationScore(String tenderReference, Long responseId, String evaluator, Stage stage, BigDecimal qualityScore,
            BigDecimal fairWorkScore, String comments, Instant recordedAt) {
        this.tenderReference = tenderReference;
        this.responseId = responseId;
        this.evaluator = evaluator;
        this.stage = stage.name();
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

    BigDecimal qualityScore() {
        return qualityScore;
    }

    BigDecimal fairWorkScore() {
        return fairWorkScore;
    }

    String comments() {
        return comments;
    }
}
