package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.math.BigDecimal;

/** One hourly rate of one kind for one period. */
@Entity
@Table(name = "fair_work_pay_rate")
class PayRate implements EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    @Embedded
    private Period period;

    private BigDecimal hourlyRate;
    private boolean inferred;
    private String sourceNote;

    protected PayRate() {
    }

    PayRate(RateKind rateKind, Period period, BigDecimal hourlyRate, boolean inferred, String sourceNote) {
        this.rateKind = rateKind;
        this.period = period;
        this.hourlyRate = hourlyRate;
        this.inferred = inferred;
        this.sourceNote = sourceNote;
    }

    @Override
    public Long id() {
        return id;
    }

    RateKind rateKind() {
        return rateKind;
    }

    @Override
    public Period period() {
        return period;
    }

    @Override
    public void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    boolean inferred() {
        return inferred;
    }

    String sourceNote() {
        return sourceNote;
    }

    void change(Period period, BigDecimal hourlyRate, boolean inferred, String sourceNote) {
        this.period = period;
        this.hourlyRate = hourlyRate;
        this.inferred = inferred;
        this.sourceNote = sourceNote;
    }

    PayRateView view() {
        return new PayRateView(id, rateKind, period.effectiveFrom(), period.effectiveTo(), hourlyRate, inferred,
                sourceNote);
    }
}
