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

/** A rate that sets the floor for a kind of work during a period (e.g. the real Living Wage for sleepovers). */
@Entity
@Table(name = "fair_work_pay_floor_rule")
class PayFloorRule implements EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private WorkType workType;

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    @Embedded
    private Period period;

    private String sourceNote;

    protected PayFloorRule() {
    }

    PayFloorRule(WorkType workType, RateKind rateKind, Period period, String sourceNote) {
        this.workType = workType;
        this.rateKind = rateKind;
        this.period = period;
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

    WorkType workType() {
        return workType;
    }

    RateKind rateKind() {
        return rateKind;
    }

    String sourceNote() {
        return sourceNote;
    }

    void change(Period period, String sourceNote) {
        this.period = period;
        this.sourceNote = sourceNote;
    }

    PayFloorRuleView view() {
        return new PayFloorRuleView(id, workType, rateKind, period.effectiveFrom(), period.effectiveTo(), sourceNote);
    }
}
