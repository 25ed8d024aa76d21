package scot.commissioningflow.fairwork.referencedata;

import org.springframework.stereotype.Component;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/** Employer on-costs as percentages of the pay floor, by period: dataset {@code on-cost-rates}. */
@Component
class OnCostRates extends ReferenceDataset<OnCostRate, OnCostRate.Series, OnCostRate.Figures, OnCostRateView> {

    OnCostRates() {
        super("on-cost-rates", OnCostRate.class, OnCostRate.Series.class, OnCostRate.Figures.class);
    }

    @Override
    protected OnCostRate create(OnCostRate.Series series, Period period, OnCostRate.Figures figures,
            String sourceNote) {
        return new OnCostRate(series, period, figures, sourceNote);
    }

    @Override
    protected OnCostRateView view(OnCostRate rate) {
        return rate.view();
    }

    @Override
    protected String describe(OnCostRate.Series series) {
        return "The " + series.component().readableName() + " on-cost";
    }
}
