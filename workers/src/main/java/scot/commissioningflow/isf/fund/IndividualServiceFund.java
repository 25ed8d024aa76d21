package scot.commissioningflow.isf.fund;

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
import org.hibernate.annotations.DynamicUpdate;
import scot.commissioningflow.isf.IsfPolicyView;
import scot.commissioningflow.isf.agreement.AgreementView;

/**
 * One person's individual service fund: their outcomes, their budget, their choice and who holds the fund now. Public
 * because every sub-capability reads it; only {@link Funds} loads and saves it.
 */
@Entity
@Table(name = "isf")
// A fund moves through some six states in a journey: each move writes the columns it changed, not every column of
// the row with the person's own words again.
@DynamicUpdate
public class IndividualServiceFund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String personName;
    private String personUserId;
    private String personEmail;
    private String councilName;
    /** The council or partnership whose staff opened the fund; its social workers and commissioners see it. */
    private String councilCode;
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

    public IndividualServiceFund(String reference, NewIsf request, String createdBy, String councilCode, Instant at) {
        this.reference = reference;
        this.personName = request.personName();
        this.personUserId = request.personUserId();
        this.personEmail = request.personEmail();
        this.councilName = request.councilName();
        this.councilCode = councilCode;
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

    /** The fund's process started, or started again after the engine lost it. */
    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    public void recordChoice(String providerReference, String inOwnWords, ChoiceHelper helpedBy, String helperName,
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

    public void moveTo(IsfStatus next) {
        this.status = next;
    }

    /** The chosen provider cannot hold the fund: the person chooses again, unless another provider holds it now. */
    public void backToChoosing() {
        if (status != IsfStatus.CHANGING_PROVIDER) {
            this.status = IsfStatus.AWAITING_CHOICE;
        }
    }

    public void holdBy(String providerReference, LocalDate nextReviewDate) {
        this.currentProviderReference = providerReference;
        this.nextReviewDate = nextReviewDate;
        this.status = IsfStatus.ACTIVE;
    }

    public void reviewed(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
        this.status = IsfStatus.ACTIVE;
    }

    public void end(EndedHow how, String detail, String movedTo, Instant at) {
        this.endedHow = how;
        this.endedDetail = detail;
        this.movedTo = movedTo;
        this.endedAt = at;
        this.status = IsfStatus.CLOSED;
    }

    public boolean representedBy(String userId) {
        return representativeUserId != null && representativeUserId.equals(userId);
    }

    public String representativeUserId() {
        return representativeUserId;
    }

    public boolean hasRepresentative() {
        return representativeName != null;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String personName() {
        return personName;
    }

    public String personUserId() {
        return personUserId;
    }

    public String personEmail() {
        return personEmail;
    }

    public String councilName() {
        return councilName;
    }

    /** The process running the fund; null only in the moment between saving it and starting the process. */
    public Long processInstanceKey() {
        return processInstanceKey;
    }

    public String councilCode() {
        return councilCode;
    }

    public String socialWorkerName() {
        return socialWorkerName;
    }

    public String socialWorkerEmail() {
        return socialWorkerEmail;
    }

    public BigDecimal indicativeAnnualBudget() {
        return indicativeAnnualBudget;
    }

    public BigDecimal weeklyHours() {
        return weeklyHours;
    }

    public List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    /** When the scheduled review falls due, once the fund is in place. */
    public LocalDate nextReviewDate() {
        return nextReviewDate;
    }

    public IsfStatus status() {
        return status;
    }

    public String representativeName() {
        return representativeName;
    }

    public String representativeEmail() {
        return representativeEmail;
    }

    public LegalAuthority representativeAuthority() {
        return representativeAuthority;
    }

    public String authorityReference() {
        return authorityReference;
    }

    public String chosenProviderReference() {
        return chosenProviderReference;
    }

    public String choiceInOwnWords() {
        return choiceInOwnWords;
    }

    public ChoiceHelper choiceHelpedBy() {
        return choiceHelpedBy;
    }

    public String choiceHelperName() {
        return choiceHelperName;
    }

    public String currentProviderReference() {
        return currentProviderReference;
    }

    /** This person's review interval: their own when the social worker set one, otherwise the council's. */
    public int reviewIntervalMonths(IsfPolicyView policy) {
        return reviewIntervalMonths != null ? reviewIntervalMonths : policy.reviewIntervalMonths();
    }

    /** The review timer's period, as ISO-8601 months the engine counts from each return to the live fund. */
    public String reviewInterval(IsfPolicyView policy) {
        return "P" + reviewIntervalMonths(policy) + "M";
    }

    public IsfView view(List<AgreementView> agreements) {
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
