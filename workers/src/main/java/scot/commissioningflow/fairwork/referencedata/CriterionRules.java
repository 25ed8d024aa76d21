package scot.commissioningflow.fairwork.referencedata;

import org.springframework.stereotype.Component;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/** Which Fair Work First criteria are mandatory or scored in each context, by period: {@code criterion-rules}. */
@Component
class CriterionRules
        extends ReferenceDataset<CriterionRule, CriterionRule.Series, CriterionRule.Figures, CriterionRuleView> {

    CriterionRules() {
        super("criterion-rules", CriterionRule.class, CriterionRule.Series.class, CriterionRule.Figures.class);
    }

    @Override
    protected CriterionRule create(CriterionRule.Series series, Period period, CriterionRule.Figures figures,
            String sourceNote) {
        return new CriterionRule(series, period, figures, sourceNote);
    }

    @Override
    protected CriterionRuleView view(CriterionRule rule) {
        return rule.view();
    }

    @Override
    protected String describe(CriterionRule.Series series) {
        return "The rule for " + series.criterion() + " in " + series.context().phrase();
    }
}
