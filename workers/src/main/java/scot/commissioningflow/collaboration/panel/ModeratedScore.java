package scot.commissioningflow.collaboration.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The mark the panel agreed at moderation for one criterion of one application, in place of its members' mean. */
@Entity
@Table(name = "collaboration_moderated_score")
class ModeratedScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String applicationReference;
    private String criterion;
    private BigDecimal score;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String reason;
    private String moderatedBy;
    private Instant moderatedAt;

    protected ModeratedScore() {
    }

    ModeratedScore(String applicationReference, String criterion, BigDecimal score, String reason,
            String moderatedBy, Instant moderatedAt) {
        this.applicationReference = applicationReference;
        this.criterion = criterion;
        this.score = score;
        this.reason = reason;
        this.moderatedBy = moderatedBy;
        this.moderatedAt = moderatedAt;
    }

    String applicationReference() {
        return applicationReference;
    }

    String criterion() {
        return criterion;
    }

    BigDecimal score() {
        return score;
    }
}
