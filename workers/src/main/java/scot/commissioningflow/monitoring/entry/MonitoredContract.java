package scot.commissioningflow.monitoring.entry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.Tier;

/**
 * A contract monitoring follows: one row per contract reference, so a contract enters monitoring once however often
 * the event that it went live is delivered. Holds the tier decided last and why, and when the next review is due.
 */
@Entity
@Table(name = "monitored_contract")
// Each change writes only the columns it changed. The process's first job decides the tier while the start that
// records its process key may still hold the row: writing every column, the tier's update (read before that start
// committed) put the key back to null once the row was free, and the contract looked as if its process never started.
@DynamicUpdate
public class MonitoredContract {

    @Id
    private String contractReference;
    @Enumerated(EnumType.STRING)
    private ContractKind kind;
    private String title;
    private String providerReference;
    private String providerName;
    private String commissioner;
    private BigDecimal annualValue;
    private Integer peopleSupported;
    private String careInspectorateNumber;
    private Instant enteredAt;
    private Long processInstanceKey;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    private String tierReason;
    private Integer riskScore;
    @Enumerated(EnumType.STRING)
    private ReviewType reviewType;
    private Integer reviewIntervalMonths;
    /** When monitoring began or the last review was done: the next review falls a tier's interval after it. */
    private Instant cycleStartedAt;
    private Instant nextReviewDue;
    private Instant tieredAt;
    @Enumerated(EnumType.STRING)
    private Standing standing;

    protected MonitoredContract() {
    }

    MonitoredContract(ContractEntry contract, String careInspectorateNumber, Instant enteredAt) {
        this.contractReference = contract.reference();
        this.kind = contract.kind();
        this.title = contract.title();
        this.providerReference = contract.providerReference();
        this.providerName = contract.providerName();
        this.commissioner = contract.commissioner();
        this.annualValue = contract.annualValue();
        this.careInspectorateNumber = careInspectorateNumber;
        this.enteredAt = enteredAt;
        this.cycleStartedAt = enteredAt;
        this.standing = Standing.MONITORED;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    public void tiered(Tier tier, String reason, int riskScore, ReviewType reviewType, int reviewIntervalMonths,
            Instant nextReviewDue, Instant at) {
        this.tier = tier;
        this.tierReason = reason;
        this.riskScore = riskScore;
        this.reviewType = reviewType;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.nextReviewDue = nextReviewDue;
        this.tieredAt = at;
    }

    public void reviewed(Instant at) {
        this.cycleStartedAt = at;
    }

    public void standing(Standing standing) {
        this.standing = standing;
    }

    public String contractReference() {
        return contractReference;
    }

    public ContractKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String providerReference() {
        return providerReference;
    }

    public String providerName() {
        return providerName;
    }

    public String commissioner() {
        return commissioner;
    }

    public BigDecimal annualValue() {
        return annualValue;
    }

    public Integer peopleSupported() {
        return peopleSupported;
    }

    public String careInspectorateNumber() {
        return careInspectorateNumber;
    }

    public Long processInstanceKey() {
        return processInstanceKey;
    }

    public Tier tier() {
        return tier;
    }

    public String tierReason() {
        return tierReason;
    }

    public Integer riskScore() {
        return riskScore;
    }

    public ReviewType reviewType() {
        return reviewType;
    }

    public Integer reviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public Instant cycleStartedAt() {
        return cycleStartedAt;
    }

    public Instant nextReviewDue() {
        return nextReviewDue;
    }

    public Instant tieredAt() {
        return tieredAt;
    }

    public Standing standing() {
        return standing;
    }
}
