package scot.commissioningflow.isf.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the provider actually spent in one budget month, under the provider's own statement id. */
@Entity
@Table(name = "isf_spend_statement")
class SpendStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;
    private String providerReference;
    private String statementId;
    private LocalDate periodStart;
    private BigDecimal amountSpent;
    private BigDecimal hoursDelivered;
    private String notes;
    private String submittedBy;
    private Instant receivedAt;

    protected SpendStatement() {
    }

    SpendStatement(Long isfId, String providerReference, NewSpendStatement statement, String submittedBy,
            Instant receivedAt) {
        this.isfId = isfId;
        this.providerReference = providerReference;
        this.statementId = statement.statementId();
        this.periodStart = statement.periodStart();
        this.amountSpent = statement.amountSpent();
        this.hoursDelivered = statement.hoursDelivered();
        this.notes = statement.notes();
        this.submittedBy = submittedBy;
        this.receivedAt = receivedAt;
    }

    /** A redelivery must say the same thing; different figures under the same id are a mistake to refuse. */
    boolean sameAs(NewSpendStatement other) {
        return periodStart.equals(other.periodStart()) && amountSpent.compareTo(other.amountSpent()) == 0
                && hoursDelivered.compareTo(other.hoursDelivered()) == 0;
    }

    Long isfId() {
        return isfId;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    BigDecimal amountSpent() {
        return amountSpent;
    }

    BigDecimal hoursDelivered() {
        return hoursDelivered;
    }

    StatementView view(boolean duplicate) {
        return new StatementView(statementId, providerReference, periodStart, amountSpent, hoursDelivered, notes,
                submittedBy, receivedAt, duplicate);
    }
}
