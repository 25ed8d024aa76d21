package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Treatment;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/** Whether a criterion is mandatory or scored in a context during a period. */
@Entity
@Table(name = "fair_work_criterion_rule")
class CriterionRule extends EffectiveDated<CriterionRule.Series, CriterionRule.Figures> {

    record Series(@NotNull Criterion criterion, @NotNull FairWorkContext context) {
    }

    record Figures(@NotNull Treatment treatment) {
    }

    @Enumerated(EnumType.STRING)
    private Criterion criterionCode;

    @Enumerated(EnumType.STRING)
    private FairWorkContext context;

    @Enumerated(EnumType.STRING)
    private Treatment treatment;

    protected CriterionRule() {
    }

    CriterionRule(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.criterionCode = series.criterion();
        this.context = series.context();
        restate(figures);
    }

    @Override
    protected Series series() {
        return new Series(criterionCode, context);
    }

    @Override
    protected Figures figures() {
        return new Figures(treatment);
    }

    @Override
    protected void restate(Figures figures) {
        this.treatment = figures.treatment();
    }

    CriterionRuleView view() {
        return new CriterionRuleView(id(), criterionCode, context, treatment, period().effectiveFrom(),
                period().effectiveTo(), sourceNote());
    }
}
