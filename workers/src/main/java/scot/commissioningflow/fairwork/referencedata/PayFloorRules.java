package scot.commissioningflow.fairwork.referencedata;

import org.springframework.stereotype.Component;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/** Which rates set the floor for direct care and for sleepover hours, by period: dataset {@code pay-floor-rules}. */
@Component
class PayFloorRules extends ReferenceDataset<PayFloorRule, PayFloorRule.Series, NoFields, PayFloorRuleView> {

    PayFloorRules() {
        super("pay-floor-rules", PayFloorRule.class, PayFloorRule.Series.class, NoFields.class);
    }

    @Override
    protected PayFloorRule create(PayFloorRule.Series series, Period period, NoFields figures, String sourceNote) {
        return new PayFloorRule(series, period, sourceNote);
    }

    @Override
    protected PayFloorRuleView view(PayFloorRule rule) {
        return rule.view();
    }

    @Override
    protected String describe(PayFloorRule.Series series) {
        return "The rule that the " + series.rateKind().readableName() + " sets the floor for "
                + series.workType().readableName();
    }
}
