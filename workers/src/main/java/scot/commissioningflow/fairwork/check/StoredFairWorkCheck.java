package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A declaration as checked, kept under the caller's key so a redelivered job gets the same answer. */
@Entity
@Table(name = "fair_work_check")
class StoredFairWorkCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String checkKey;

    @Enumerated(EnumType.STRING)
    private FairWorkContext context;

    private LocalDate contractStartDate;

    // The declaration and the results are only ever replaced, never changed in place: Hibernate then keeps no JSON
    // copy of them to compare at flush.
    @Convert(converter = DeclarationConverter.class)
    @Mutability(Immutability.class)
    private FairWorkDeclaration declaration;

    @Enumerated(EnumType.STRING)
    private Verdict outcome;

    @Convert(converter = CriterionResultsConverter.class)
    @Mutability(Immutability.class)
    private List<CriterionResult> results;

    private String summary;
    private Instant checkedAt;
    private Long processInstanceKey;
    private String reviewedBy;
    private String reviewNotes;
    private Instant reviewedAt;

    protected StoredFairWorkCheck() {
    }

    StoredFairWorkCheck(FairWorkCheckRequest request, FairWorkAssessor.Assessment assessment,
            Long processInstanceKey, Instant at) {
        this.checkKey = request.fairWorkCheckKey();
        this.context = request.fairWorkContext();
        this.contractStartDate = request.contractStartDate();
        this.declaration = request.fairWorkDeclaration();
        this.outcome = assessment.outcome();
        this.results = assessment.results();
        this.summary = assessment.summary();
        this.processInstanceKey = processInstanceKey;
        this.checkedAt = at;
    }

    boolean reviewed() {
        return reviewedBy != null;
    }

    Verdict outcome() {
        return outcome;
    }

    /**
     * The officer's decision settles every mandatory criterion the declaration left unevidenced, and so the outcome.
     */
    void review(Verdict decision, String notes, String by, Instant at) {
        String decided = decision == Verdict.MET ? "met" : "not met";
        this.results = results.stream()
                .map(result -> result.mandatory() && result.result() == Verdict.NOT_EVIDENCED
                        ? result.withVerdict(decision, result.reason() + " Reviewed by " + by + ", who found it "
                                + decided + ": " + notes)
                        : result)
                .toList();
        this.outcome = decision;
        this.summary = "A procurement officer (" + by + ") reviewed the evidence and found fair work conditions "
                + decided + ". " + summary;
        this.reviewedBy = by;
        this.reviewNotes = notes;
        this.reviewedAt = at;
    }

    FairWorkCheckResult view() {
        return new FairWorkCheckResult(checkKey, context, contractStartDate, outcome, results, summary, checkedAt,
                reviewedBy, reviewNotes, reviewedAt);
    }

    /** The declaration as checked, kept as the JSON the process variable holds. */
    @Converter
    static class DeclarationConverter extends JsonConverter<FairWorkDeclaration> {
        DeclarationConverter() {
            super(new TypeReference<>() {
            });
        }
    }
}
