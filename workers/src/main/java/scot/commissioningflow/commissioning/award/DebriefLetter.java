package scot.commissioningflow.commissioning.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The letter an unsuccessful provider receives (Act s.32): the winner, the criteria and both scores. */
@Entity
@Table(name = "debrief_letter")
class DebriefLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private Long responseId;
    private String providerReference;
    private String letter;
    private Instant sentAt;

    protected DebriefLetter() {
    }

    DebriefLetter(String tenderReference, Long responseId, String providerReference, String letter, Instant sentAt) {
        this.tenderReference = tenderReference;
        this.responseId = responseId;
        this.providerReference = providerReference;
        this.letter = letter;
        this.sentAt = sentAt;
    }

    LetterView view() {
        return new LetterView(providerReference, letter, sentAt);
    }

    public record LetterView(String providerReference, String letter, Instant sentAt) {
    }
}
