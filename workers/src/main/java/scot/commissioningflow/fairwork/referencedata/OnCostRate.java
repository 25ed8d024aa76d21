package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.commissioningflow.fairwork.OnCostComponent;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/** One on-cost as a percentage of the pay floor, for one period. */
@Entity
@Table(name = "fair_work_on_cost_rate")
class OnCostRate extends EffectiveDated<OnCostRate.Series, OnCostRate.Figures> {

    record Series(@NotNull OnCostComponent component) {
    }

    record Figures(
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00")
            @Digits(integer = 3, fraction = 2, message = "must be a percentage with at most two decimals")
            BigDecimal percentage,
            boolean inferred) {
    }

    @Enumerated(EnumType.STRING)
    private OnCostComponent component;

    private BigDecimal percentage;
    private boolean inferred;

    protected OnCostRate() {
    }

    OnCostRate(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.component = series.component();
        restate(figures);
    }

    @Override
    protected Series series() {
        return new Series(component);
    }

    @Override
    protected Figures figures() {
        return new Figures(percentage, inferred);
    }

    @Override
    protected void restate(Figures figures) {
        this.percentage = figures.percentage();
        this.inferred = figures.inferred();
    }

    OnCostRateView view() {
        return new OnCostRateView(id(), component, period().effectiveFrom(), period().effectiveTo(), percentage,
                inferred, sourceNote());
    }
}
