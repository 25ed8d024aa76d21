package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One on-cost as a percentage of the pay floor, for one period. */
@Entity
@Table(name = "fair_work_on_cost_rate")
class OnCostRate implements EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OnCostComponent component;

    @Embedded
    private Period period;

    private BigDecimal percentage;
    private boolean inferred;
    private String sourceNote;

    protected OnCostRate() {
    }

    OnCostRate(OnCostComponent component, Period period, BigDecimal percentage, boolean inferred, String sourceNote) {
        this.component = component;
        this.period = period;
        this.percentage = percentage;
        this.inferred = inferred;
        this.sourceNote = sourceNote;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Period period() {
        return period;
    }

    @Override
    public void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }

    OnCostComponent component() {
        return component;
    }

    BigDecimal percentage() {
        return percentage;
    }

    void change(Period period, BigDecimal percentage, boolean inferred, String sourceNote) {
        this.period = period;
        this.percentage = percentage;
        this.inferred = inferred;
        this.sourceNote = sourceNote;
    }

    OnCostRateView view() {
        return new OnCostRateView(id, component, period.effectiveFrom(), period.effectiveTo(), percentage, inferred,
                sourceNote);
    }
}
