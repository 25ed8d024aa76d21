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

/** Whether a criterion is mandatory or scored in a context during a period. */
@Entity
@Table(name = "fair_work_criterion_rule")
class CriterionRule implements EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Criterion criterionCode;

    @Enumerated(EnumType.STRING)
    private FairWorkContext context;

    @Enumerated(EnumType.STRING)
    private Treatment treatment;

    @Embedded
    private Period period;

    private String sourceNote;

    protected CriterionRule() {
    }

    CriterionRule(Criterion criterion, FairWorkContext context, Treatment treatment, Period period,
            String sourceNote) {
        this.criterionCode = criterion;
        this.context = context;
        this.treatment = treatment;
        this.period = period;
        this.sourceNote = sourceNote;
    }

    @Override
    public Long id() {
        return id;
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

    @Override
    public Period period() {
        return period;
    }

    @Override
    public void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }

    String sourceNote() {
        return sourceNote;
    }

    void change(Treatment treatment, Period period, String sourceNote) {
        this.treatment = treatment;
        this.period = period;
        this.sourceNote = sourceNote;
    }

    CriterionRuleView view() {
        return new CriterionRuleView(id, criterionCode, context, treatment, period.effectiveFrom(),
                period.effectiveTo(), sourceNote);
    }
}
