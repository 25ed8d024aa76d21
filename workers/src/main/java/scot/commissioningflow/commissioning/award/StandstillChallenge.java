package scot.commissioningflow.commissioning.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A concerned provider's challenge to the award decision, received during standstill. */
@Entity
@Table(name = "standstill_challenge")
class StandstillChallenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private String providerReference;
    private String grounds;
    private Instant receivedAt;
    private String outcome;
    private String outcomeReasons;
    private String decidedBy;

    protected StandstillChallenge() {
    }

    StandstillChallenge(String tenderReference, String providerReference, String grounds, Instant receivedAt) {
        this.tenderReference = tenderReference;
        this.providerReference = providerReference;
        this.grounds = grounds;
        this.receivedAt = receivedAt;
    }

    void decide(String outcome, String reasons, String by) {
        this.outcome = outcome;
        this.outcomeReasons = reasons;
        this.decidedBy = by;
    }

    boolean decided() {
        return outcome != null;
    }

    ChallengeView view() {
        return new ChallengeView(id, providerReference, grounds, receivedAt, outcome, outcomeReasons, decidedBy);
    }

    public record ChallengeView(Long id, String providerReference, String grounds, Instant receivedAt,
            String outcome, String outcomeReasons, String decidedBy) {
    }
}
