package scot.commissioningflow.fairwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One on-cost as a percentage of the pay floor, for one period. */
@Entity
@Table(name = "fair_work_on_cost_rate")
class OnCostRate extends EffectiveDated {

    @Enumerated(EnumType.STRING)
    private OnCostComponent component;

    private BigDecimal percentage;
    private boolean inferred;

    protected OnCostRate() {
    }

    OnCostRate(OnCostComponent component, Period period, BigDecimal percentage, boolean inferred, String sourceNote) {
        super(period, sourceNote);
        this.component = component;
        this.percentage = percentage;
        this.inferred = inferred;
    }

    OnCostComponent component() {
        return component;
    }

    BigDecimal percentage() {
        return percentage;
    }

    void change(Period period, BigDecimal percentage, boolean inferred, String sourceNote) {
        restate(period, sourceNote);
        this.percentage = percentage;
        this.inferred = inferred;
    }

    OnCostRateView view() {
        return new OnCostRateView(id(), component, period().effectiveFrom(), period().effectiveTo(), percentage,
                inferred, sourceNote());
    }
}
