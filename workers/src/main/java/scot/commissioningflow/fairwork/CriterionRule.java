package scot.commissioningflow.fairwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Whether a criterion is mandatory or scored in a context during a period. */
@Entity
@Table(name = "fair_work_criterion_rule")
class CriterionRule extends EffectiveDated {

    @Enumerated(EnumType.STRING)
    private Criterion criterionCode;

    @Enumerated(EnumType.STRING)
    private FairWorkContext context;

    @Enumerated(EnumType.STRING)
    private Treatment treatment;

    protected CriterionRule() {
    }

    CriterionRule(Criterion criterion, FairWorkContext context, Treatment treatment, Period period,
            String sourceNote) {
        super(period, sourceNote);
        this.criterionCode = criterion;
        this.context = context;
        this.treatment = treatment;
    }

    Criterion criterion() {
        return criterionCode;
    }

    FairWorkContext context() {
        return context;
    }

    Treatment treatment() {
        return treatment;
    }

    void change(Treatment treatment, Period period, String sourceNote) {
        this.treatment = treatment;
        restate(period, sourceNote);
    }

    CriterionRuleView view() {
        return new CriterionRuleView(id(), criterionCode, context, treatment, period().effectiveFrom(),
                period().effectiveTo(), sourceNote());
    }
}
