package scot.commissioningflow.collaboration.round;

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
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;

/** A funding round: what it funds, its budget, how applications are judged, when it is open, and its panel. */
@Entity
@Table(name = "collaboration_round")
public class FundingRound {

    public enum Status {
        ANNOUNCED, OPEN, ASSESSING, AWARDED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String title;
    private String purpose;
    private String funderOrganisation;
    private String funderName;
    private String funderSignatory;
    private String funderEmail;
    private BigDecimal budget;
    private LocalDate opensOn;
    private LocalDate closesOn;
    @Convert(converter = RoundConverters.CriteriaConverter.class)
    private List<Criterion> criteria;
    @Convert(converter = RoundConverters.EligibilityConverter.class)
    private EligibilityRules eligibility;
    @Convert(converter = RoundConverters.NamesConverter.class)
    private List<String> panelMembers;
    private int reportReminderDays;
    private int reportGraceDays;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long processInstanceKey;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String awardConditions;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String summary;
    private String createdBy;
    private Instant createdAt;

    protected FundingRound() {
    }

    FundingRound(String reference, RoundRequest request, String funderOrganisation, String createdBy, Instant at) {
        this.reference = reference;
        this.title = request.title();
        this.purpose = request.purpose();
        this.funderOrganisation = funderOrganisation;
        this.funderName = request.funderName();
        this.funderSignatory = request.funderSignatory();
        this.funderEmail = request.funderEmail();
        this.budget = request.budget();
        this.opensOn = request.opensOn();
        this.closesOn = request.closesOn();
        this.criteria = List.copyOf(request.criteria());
        this.eligibility = request.eligibility();
        this.panelMembers = List.copyOf(request.panelMembers());
        this.reportReminderDays = request.reportReminderDays();
        this.reportGraceDays = request.reportGraceDays();
        this.status = Status.ANNOUNCED;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String funderOrganisation() {
        return funderOrganisation;
    }

    public String funderName() {
        return funderName;
    }

    public String funderSignatory() {
        return funderSignatory;
    }

    public String funderEmail() {
        return funderEmail;
    }

    public BigDecimal budget() {
        return budget;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public EligibilityRules eligibility() {
        return eligibility;
    }

    public List<String> panelMembers() {
        return panelMembers;
    }

    public boolean onPanel(String username) {
        return panelMembers.contains(username);
    }

    public int reportReminderDays() {
        return reportReminderDays;
    }

    public int reportGraceDays() {
        return reportGraceDays;
    }

    Long processInstanceKey() {
        return processInstanceKey;
    }

    public Status status() {
        return status;
    }

    public boolean openForApplications() {
        return status == Status.OPEN;
    }

    /** The conditions every grant of the round carries, as the funder set them at moderation. */
    public String awardConditions() {
        return awardConditions;
    }

    void setAwardConditions(String conditions) {
        this.awardConditions = conditions;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    void moveTo(Status next) {
        this.status = next;
    }

    void close(String summary) {
        this.status = Status.CLOSED;
        this.summary = summary;
    }

    RoundView view() {
        return new RoundView(reference, title, purpose, funderOrganisation, funderName, budget, opensOn, closesOn,
                criteria, eligibility, panelMembers, reportReminderDays, reportGraceDays, status, processInstanceKey,
                summary);
    }
}
