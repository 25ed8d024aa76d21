package scot.commissioningflow.fairwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One hourly rate of one kind for one period. */
@Entity
@Table(name = "fair_work_pay_rate")
class PayRate extends EffectiveDated {

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    private BigDecimal hourlyRate;
    private boolean inferred;

    protected PayRate() {
    }

    PayRate(RateKind rateKind, Period period, BigDecimal hourlyRate, boolean inferred, String sourceNote) {
        super(period, sourceNote);
        this.rateKind = rateKind;
        this.hourlyRate = hourlyRate;
        this.inferred = inferred;
    }

    RateKind rateKind() {
        return rateKind;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    boolean inferred() {
        return inferred;
    }

    void change(Period period, BigDecimal hourlyRate, boolean inferred, String sourceNote) {
        restate(period, sourceNote);
        this.hourlyRate = hourlyRate;
        this.inferred = inferred;
    }

    PayRateView view() {
        return new PayRateView(id(), rateKind, period().effectiveFrom(), period().effectiveTo(), hourlyRate, inferred,
                sourceNote());
    }
}
