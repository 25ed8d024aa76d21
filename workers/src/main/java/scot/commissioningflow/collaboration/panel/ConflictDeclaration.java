package scot.commissioningflow.collaboration.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A panel member's declaration, for one application, of whether they have a conflict of interest and what it is. */
@Entity
@Table(name = "collaboration_conflict_declaration")
class ConflictDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String roundReference;
    private String applicationReference;
    private String panelMember;
    private boolean conflicted;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String interest;
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    ConflictDeclaration(String roundReference, String applicationReference, String panelMember, boolean conflicted,
            String interest, Instant declaredAt) {
        this.roundReference = roundReference;
        this.applicationReference = applicationReference;
        this.panelMember = panelMember;
        this.conflicted = conflicted;
        this.interest = interest;
        this.declaredAt = declaredAt;
    }

    String applicationReference() {
        return applicationReference;
    }

    String panelMember() {
        return panelMember;
    }

    boolean conflicted() {
        return conflicted;
    }

    String interest() {
        return interest;
    }
}
