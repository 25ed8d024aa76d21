package scot.commissioningflow.collaboration.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

/** A joint application by a lead provider for named partners to one funding round. */
@Entity
@Table(name = "collaboration_application")
public class JointApplication {

    public enum Status {
        DRAFT, SUBMITTED, NOT_SUBMITTED, INELIGIBLE, ELIGIBLE, AWARDED, UNSUCCESSFUL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String roundReference;
    private String leadProvider;
    private String title;
    @Convert(converter = ApplicationConverters.PartnersConverter.class)
    private List<PartnerEntry> partners;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String whoUsesSupport;
    @Convert(converter = ApplicationConverters.InvolvementConverter.class)
    private List<Involvement> peopleInvolved;
    @Convert(converter = ApplicationConverters.OutcomesConverter.class)
    private List<String> outcomes;
    @Convert(converter = ApplicationConverters.BudgetConverter.class)
    private List<BudgetLine> budgetLines;
    @Convert(converter = ApplicationConverters.MilestonesConverter.class)
    private List<Milestone> milestones;
    @Convert(converter = ApplicationConverters.DeclarationConverter.class)
    private FairWorkDeclaration fairWorkDeclaration;
    private BigDecimal requestedAmount;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String eligibilityReason;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String fairWorkSummary;
    private BigDecimal weightedScore;
    private Integer rankPosition;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String outcomeReason;
    private Instant submittedAt;
    private String createdBy;
    private Instant createdAt;

    protected JointApplication() {
    }

    JointApplication(String reference, String roundReference, String leadProvider, ApplicationRequest request,
            String createdBy, Instant at) {
        this.reference = reference;
        this.roundReference = roundReference;
        this.leadProvider = leadProvider;
        this.title = request.title();
        List<PartnerEntry> all = new ArrayList<>();
        var lead = request.lead();
        // The lead has confirmed its own part by writing the application.
        all.add(new PartnerEntry(leadProvider, lead.name(), lead.email(), lead.registerKind(), lead.registerNumber(),
                lead.part(), true, lead.part(), createdBy, at));
        request.partners().forEach(p -> all.add(new PartnerEntry(p.providerReference(), p.name(), p.email(),
                p.registerKind(), p.registerNumber(), p.part(), false, null, null, null)));
        this.partners = all;
        this.whoUsesSupport = request.whoUsesSupport();
        this.peopleInvolved = List.copyOf(request.peopleInvolved());
        this.outcomes = List.copyOf(request.outcomes());
        this.budgetLines = List.copyOf(request.budget());
        this.milestones = List.copyOf(request.milestones());
        this.fairWorkDeclaration = request.fairWorkDeclaration();
        this.requestedAmount = ApplicationRules.total(request.budget());
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public String reference() {
        return reference;
    }

    public String roundReference() {
        return roundReference;
    }

    public String leadProvider() {
        return leadProvider;
    }

    public String title() {
        return title;
    }

    public List<PartnerEntry> partners() {
        return partners;
    }

    public PartnerEntry lead() {
        return partners.stream().filter(PartnerEntry::lead).findFirst().orElseThrow();
    }

    public boolean hasPartner(String providerReference) {
        return partners.stream().anyMatch(p -> p.providerReference().equals(providerReference));
    }

    public List<Involvement> peopleInvolved() {
        return peopleInvolved;
    }

    public String whoUsesSupport() {
        return whoUsesSupport;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public List<BudgetLine> budgetLines() {
        return budgetLines;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public FairWorkDeclaration fairWorkDeclaration() {
        return fairWorkDeclaration;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public Status status() {
        return status;
    }

    public BigDecimal weightedScore() {
        return weightedScore;
    }

    public Integer rankPosition() {
        return rankPosition;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public String fairWorkSummary() {
        return fairWorkSummary;
    }

    public String eligibilityReason() {
        return eligibilityReason;
    }

    void confirmPartner(String providerReference, String inOwnWords, String by, Instant at) {
        partners = partners.stream().map(p -> p.providerReference().equals(providerReference)
                ? p.confirm(inOwnWords, by, at) : p).toList();
    }

    void submit(Instant at) {
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
    }

    void lapseUnsubmitted() {
        this.status = Status.NOT_SUBMITTED;
    }

    /** Eligibility as the registers and the fair work check found it; the reason is kept either way. */
    public void decideEligibility(boolean eligible, String reason, String fairWorkSummary) {
        this.status = eligible ? Status.ELIGIBLE : Status.INELIGIBLE;
        this.eligibilityReason = reason;
        this.fairWorkSummary = fairWorkSummary;
    }

    /** Where the panel's moderated scores placed it, and whether it is funded. */
    public void ranked(BigDecimal score, int position, boolean funded, String reason) {
        this.weightedScore = score;
        this.rankPosition = position;
        this.status = funded ? Status.AWARDED : Status.UNSUCCESSFUL;
        this.outcomeReason = reason;
    }

    ApplicationView view(boolean agreementAttached) {
        return new ApplicationView(reference, roundReference, title, leadProvider, partners, whoUsesSupport,
                peopleInvolved, outcomes, budgetLines, milestones, requestedAmount, agreementAttached, status,
                eligibilityReason, fairWorkSummary, weightedScore, rankPosition, outcomeReason, submittedAt);
    }
}
