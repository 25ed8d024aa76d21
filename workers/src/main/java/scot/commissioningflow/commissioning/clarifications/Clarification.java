package scot.commissioningflow.commissioning.clarifications;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import scot.commissioningflow.commissioning.tender.NameListConverter;
import java.time.Instant;
import java.util.List;

/**
 * A provider's question during the response period and the commissioner's answer. The answer is shared with every
 * interested provider; who asked is never shown to the others, so no provider learns another's approach.
 */
@Entity
@Table(name = "clarification")
class Clarification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private String askedBy;
    private String question;
    private Instant askedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    @Convert(converter = NameListConverter.class)
    private List<String> sharedWith;

    protected Clarification() {
    }

    Clarification(String tenderReference, String askedBy, String question, Instant askedAt) {
        this.tenderReference = tenderReference;
        this.askedBy = askedBy;
        this.question = question;
        this.askedAt = askedAt;
    }

    boolean answered() {
        return answer != null;
    }

    void answer(String answer, String answeredBy, Instant at) {
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = at;
    }

    void shareWith(List<String> providerReferences) {
        this.sharedWith = List.copyOf(providerReferences);
    }

    boolean shared() {
        return sharedWith != null;
    }

    Long id() {
        return id;
    }

    String question() {
        return question;
    }

    /**
     * The question as a provider sees it: its own questions, and answers shared with it. Who else the answer went to
     * is not shown, so no provider learns who its rivals are.
     */
    boolean visibleTo(String providerReference) {
        return providerReference.equals(askedBy) || shared() && sharedWith.contains(providerReference);
    }

    ClarificationView viewFor(String providerReference) {
        return new ClarificationView(id, question, answer, askedAt, answeredAt,
                shared() && sharedWith.contains(providerReference) ? List.of(providerReference) : List.of());
    }

    ClarificationView view() {
        return new ClarificationView(id, question, answer, askedAt, answeredAt,
                sharedWith == null ? List.of() : sharedWith);
    }

    public record ClarificationView(Long id, String question, String answer, Instant askedAt, Instant answeredAt,
            List<String> sharedWith) {
    }
}
