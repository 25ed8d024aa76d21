package scot.commissioningflow.fairwork.referencedata;

import org.springframework.stereotype.Component;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/** The hourly rates (the adult social care minimum, the real Living Wage...) by period: dataset {@code pay-rates}. */
@Component
class PayRates extends ReferenceDataset<PayRate, PayRate.Series, PayRate.Figures, PayRateView> {

    PayRates() {
        super("pay-rates", PayRate.class, PayRate.Series.class, PayRate.Figures.class);
    }

    @Override
    protected PayRate create(PayRate.Series series, Period period, PayRate.Figures figures, String sourceNote) {
        return new PayRate(series, period, figures, sourceNote);
    }

    @Override
    protected PayRateView view(PayRate rate) {
        return rate.view();
    }

    @Override
    protected String describe(PayRate.Series series) {
        return "The " + series.rateKind().readableName() + " rate";
    }
}
