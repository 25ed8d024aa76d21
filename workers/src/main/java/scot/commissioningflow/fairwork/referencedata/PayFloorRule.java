package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/**
 * A rate that sets the floor for a kind of work during a period (e.g. the real Living Wage for sleepovers). The rule
 * is its period: there are no figures to restate.
 */
@Entity
@Table(name = "fair_work_pay_floor_rule")
class PayFloorRule extends EffectiveDated<PayFloorRule.Series, NoFields> {

    record Series(@NotNull WorkType workType, @NotNull RateKind rateKind) {
    }

    @Enumerated(EnumType.STRING)
    private WorkType workType;

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    protected PayFloorRule() {
    }

    PayFloorRule(Series series, Period period, String sourceNote) {
        super(period, sourceNote);
        this.workType = series.workType();
        this.rateKind = series.rateKind();
    }

    @Override
    protected Series series() {
        return new Series(workType, rateKind);
    }

    @Override
    protected NoFields figures() {
        return new NoFields();
    }

    @Override
    protected void restate(NoFields figures) {
        // Nothing but the period, which the mechanism restates.
    }

    PayFloorRuleView view() {
        return new PayFloorRuleView(id(), workType, rateKind, period().effectiveFrom(), period().effectiveTo(),
                sourceNote());
    }
}
