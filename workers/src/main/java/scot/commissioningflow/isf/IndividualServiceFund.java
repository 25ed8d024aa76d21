package scot.commissioningflow.isf;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One person's individual service fund: their outcomes, their budget, their choice and who holds the fund now. */
@Entity
@Table(name = "isf")
class IndividualServiceFund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String personName;
    private String personUserId;
    private String personEmail;
    private String councilName;
    private String socialWorkerName;
    private String socialWorkerEmail;
    private BigDecimal indicativeAnnualBudget;
    private BigDecimal weeklyHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "isf_outcome", joinColumns = @JoinColumn(name = "isf_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome")
    private List<String> outcomes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private IsfStatus status;

    private String representativeName;
    private String representativeUserId;
    private String representativeEmail;

    @Enumerated(EnumType.STRING)
    private LegalAuthority representativeAuthority;

    private String authorityReference;
    private String chosenProviderReference;
    private String choiceInOwnWords;

    @Enumerated(EnumType.STRING)
    private ChoiceHelper choiceHelpedBy;

    private String choiceHelperName;
    private String choiceRecordedBy;
    private String currentProviderReference;
    private LocalDate nextReviewDate;
    private Integer reviewIntervalMonths;

    @Enumerated(EnumType.STRING)
    private EndedHow endedHow;

    private String endedDetail;
    private String movedTo;
    private Long processInstanceKey;
    private String createdBy;
    private Instant createdAt;
    private Instant endedAt;

    protected IndividualServiceFund() {
    }

    IndividualServiceFund(String reference, NewIsf request, String createdBy, Instant at) {
        this.reference = reference;
        this.personName = request.personName();
        this.personUserId = request.personUserId();
        this.personEmail = request.personEmail();
        this.councilName = request.councilName();
        this.socialWorkerName = request.socialWorkerName();
        this.socialWorkerEmail = request.socialWorkerEmail();
        this.indicativeAnnualBudget = request.indicativeAnnualBudget();
        this.weeklyHours = request.weeklyHours();
        this.reviewIntervalMonths = request.reviewIntervalMonths();
        this.outcomes = new ArrayList<>(request.outcomes());
        var representative = request.representative();
        if (representative != null) {
            this.representativeName = representative.name();
            this.representativeUserId = representative.userId();
            this.representativeEmail = representative.email();
            this.representativeAuthority = representative.authority();
            this.authorityReference = representative.authorityReference();
        }
        this.status = IsfStatus.AWAITING_CHOICE;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    void recordChoice(String providerReference, String inOwnWords, ChoiceHelper helpedBy, String helperName,
            String recordedBy) {
        this.chosenProviderReference = providerReference;
        this.choiceInOwnWords = inOwnWords;
        this.choiceHelpedBy = helpedBy;
        this.choiceHelperName = helperName;
        this.choiceRecordedBy = recordedBy;
        if (status != IsfStatus.CHANGING_PROVIDER) {
            this.status = IsfStatus.AWAITING_PROVIDER;
        }
    }

    void moveTo(IsfStatus next) {
        this.status = next;
    }

    void holdBy(String providerReference, LocalDate nextReviewDate) {
        this.currentProviderReference = providerReference;
        this.nextReviewDate = nextReviewDate;
        this.status = IsfStatus.ACTIVE;
    }

    void reviewed(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
        this.status = IsfStatus.ACTIVE;
    }

    void end(EndedHow how, String detail, String movedTo, Instant at) {
        this.endedHow = how;
        this.endedDetail = detail;
        this.movedTo = movedTo;
        this.endedAt = at;
        this.status = IsfStatus.CLOSED;
    }

    boolean representedBy(String userId) {
        return representativeUserId != null && representativeUserId.equals(userId);
    }

    boolean hasRepresentative() {
        return representativeName != null;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String personName() {
        return personName;
    }

    String personUserId() {
        return personUserId;
    }

    String personEmail() {
        return personEmail;
    }

    String councilName() {
        return councilName;
    }

    String socialWorkerName() {
        return socialWorkerName;
    }

    String socialWorkerEmail() {
        return socialWorkerEmail;
    }

    BigDecimal indicativeAnnualBudget() {
        return indicativeAnnualBudget;
    }

    BigDecimal weeklyHours() {
        return weeklyHours;
    }

    List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    IsfStatus status() {
        return status;
    }

    String representativeName() {
        return representativeName;
    }

    String representativeEmail() {
        return representativeEmail;
    }

    LegalAuthority representativeAuthority() {
        return representativeAuthority;
    }

    String authorityReference() {
        return authorityReference;
    }

    String chosenProviderReference() {
        return chosenProviderReference;
    }

    String choiceInOwnWords() {
        return choiceInOwnWords;
    }

    ChoiceHelper choiceHelpedBy() {
        return choiceHelpedBy;
    }

    String choiceHelperName() {
        return choiceHelperName;
    }

    String currentProviderReference() {
        return currentProviderReference;
    }

    LocalDate nextReviewDate() {
        return nextReviewDate;
    }

    /** This person's review interval: their own when the social worker set one, otherwise the council's. */
    int reviewIntervalMonths(IsfPolicy policy) {
        return reviewIntervalMonths != null ? reviewIntervalMonths : policy.reviewIntervalMonths();
    }

    IsfView view(List<AgreementView> agreements) {
        Representative representative = representativeName == null ? null : new Representative(representativeName,
                representativeUserId, representativeEmail, representativeAuthority, authorityReference);
        return new IsfView(reference, status, personName, personUserId, councilName, socialWorkerName,
                socialWorkerEmail, outcomes(), indicativeAnnualBudget, weeklyHours, representative,
                new IsfView.Choice(chosenProviderReference, choiceInOwnWords, choiceHelpedBy, choiceHelperName,
                        choiceRecordedBy),
                currentProviderReference, nextReviewDate, agreements, endedHow, endedDetail, movedTo,
                processInstanceKey == null ? 0 : processInstanceKey, createdAt, endedAt);
    }
}
