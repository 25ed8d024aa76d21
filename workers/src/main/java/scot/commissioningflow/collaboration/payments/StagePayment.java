package scot.commissioningflow.collaboration.payments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One stage of a grant paid to the lead provider at the start of its milestone. */
@Entity
@Table(name = "collaboration_stage_payment")
class StagePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String grantReference;
    private int milestoneNumber;
    private BigDecimal amount;
    private Instant paidAt;

    protected StagePayment() {
    }

    StagePayment(String grantReference, int milestoneNumber, BigDecimal amount, Instant paidAt) {
        this.grantReference = grantReference;
        this.milestoneNumber = milestoneNumber;
        this.amount = amount;
        this.paidAt = paidAt;
    }

    int milestoneNumber() {
        return milestoneNumber;
    }

    BigDecimal amount() {
        return amount;
    }

    Instant paidAt() {
        return paidAt;
    }
}
