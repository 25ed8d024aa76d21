package scot.commissioningflow.collaboration.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One panel member's independent mark for one criterion of one application, with their reason. */
@Entity
@Table(name = "collaboration_panel_score")
class PanelScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String applicationReference;
    private String panelMember;
    private String criterion;
    private BigDecimal score;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String comment;
    private Instant scoredAt;

    protected PanelScore() {
    }

    PanelScore(String applicationReference, String panelMember, String criterion, BigDecimal score, String comment,
            Instant scoredAt) {
        this.applicationReference = applicationReference;
        this.panelMember = panelMember;
        this.criterion = criterion;
        rescore(score, comment, scoredAt);
    }

    void rescore(BigDecimal score, String comment, Instant at) {
        this.score = score;
        this.comment = comment;
        this.scoredAt = at;
    }

    String applicationReference() {
        return applicationReference;
    }

    String panelMember() {
        return panelMember;
    }

    String criterion() {
        return criterion;
    }

    BigDecimal score() {
        return score;
    }

    String comment() {
        return comment;
    }
}
