package scot.commissioningflow.collaboration.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A grant awarded to a partnership: its amount and conditions, what has been paid and spent, and how it ended. */
@Entity
@Table(name = "collaboration_grant")
public class Grant {

    public enum Status {
        AWARDED, SIGNED, LAPSED, COMPLETED, CLAWED_BACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String applicationReference;
    private String roundReference;
    private String leadProvider;
    private BigDecimal amount;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String conditions;
    @Enumerated(EnumType.STRING)
    private Status status;
    private BigDecimal paid;
    private BigDecimal spent;
    private BigDecimal clawbackAmount;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String clawbackReason;
    private Instant awardedAt;

    protected Grant() {
    }

    Grant(String reference, String applicationReference, String roundReference, String leadProvider,
            BigDecimal amount, String conditions, Instant awardedAt) {
        this.reference = reference;
        this.applicationReference = applicationReference;
        this.roundReference = roundReference;
        this.leadProvider = leadProvider;
        this.amount = amount;
        this.conditions = conditions;
        this.status = Status.AWARDED;
        this.paid = BigDecimal.ZERO;
        this.spent = BigDecimal.ZERO;
        this.awardedAt = awardedAt;
    }

    public String reference() {
        return reference;
    }

    public String applicationReference() {
        return applicationReference;
    }

    public String roundReference() {
        return roundReference;
    }

    public String leadProvider() {
        return leadProvider;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String conditions() {
        return conditions;
    }

    public Status status() {
        return status;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal spent() {
        return spent;
    }

    public BigDecimal clawbackAmount() {
        return clawbackAmount;
    }

    public String clawbackReason() {
        return clawbackReason;
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public boolean live() {
        return status == Status.SIGNED;
    }

    void signed(boolean signed) {
        if (status == Status.AWARDED) {
            status = signed ? Status.SIGNED : Status.LAPSED;
        }
    }

    public void recordPayment(BigDecimal payment) {
        paid = paid.add(payment);
    }

    public void recordSpend(BigDecimal spend) {
        spent = spent.add(spend);
    }

    /** Money found to be recovered, and why; the clawback step then recovers it. The first finding stands. */
    public void findRecoverable(BigDecimal amount, String reason) {
        if (clawbackReason == null) {
            clawbackAmount = amount;
            clawbackReason = reason;
        }
    }

    public void clawedBack() {
        status = Status.CLAWED_BACK;
    }

    void complete() {
        if (status == Status.SIGNED) {
            status = Status.COMPLETED;
        }
    }

    GrantView view() {
        return new GrantView(reference, applicationReference, roundReference, leadProvider, amount, conditions,
                status, paid, spent, clawbackAmount, clawbackReason, awardedAt);
    }
}
