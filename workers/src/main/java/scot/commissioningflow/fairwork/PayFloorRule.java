package scot.commissioningflow.fairwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A rate that sets the floor for a kind of work during a period (e.g. the real Living Wage for sleepovers). */
@Entity
@Table(name = "fair_work_pay_floor_rule")
class PayFloorRule extends EffectiveDated {

    @Enumerated(EnumType.STRING)
    private WorkType workType;

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    protected PayFloorRule() {
    }

    PayFloorRule(WorkType workType, RateKind rateKind, Period period, String sourceNote) {
        super(period, sourceNote);
        this.workType = workType;
        this.rateKind = rateKind;
    }

    WorkType workType() {
        return workType;
    }

    RateKind rateKind() {
        return rateKind;
    }

    void change(Period period, String sourceNote) {
        restate(period, sourceNote);
    }

    PayFloorRuleView view() {
        return new PayFloorRuleView(id(), workType, rateKind, period().effectiveFrom(), period().effectiveTo(),
                sourceNote());
    }
}
