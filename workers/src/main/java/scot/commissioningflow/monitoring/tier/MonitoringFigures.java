package scot.commissioningflow.monitoring.tier;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataNotHeld;
import scot.commissioningflow.referencedata.ReferenceDataset;
import scot.commissioningflow.identity.Role;

/**
 * The monitoring figures in force on a date, kept as reference data by the procurement lead: review frequency per
 * tier ({@code monitoring-tiers}) and the risk weights ({@code monitoring-risk-weights}). Never a default: a tier
 * reviewed on a made-up frequency would hide the gap.
 */
@Service
public class MonitoringFigures {

    static final String TIERS = "monitoring-tiers";
    static final String WEIGHTS = "monitoring-risk-weights";

    private final TierDataset tiers;
    private final WeightsDataset weights;

    MonitoringFigures(TierDataset tiers, WeightsDataset weights) {
        this.tiers = tiers;
        this.weights = weights;
    }

    @Transactional(readOnly = true)
    public TierFigure.View tierOn(Tier tier, LocalDate date) {
        return tiers.inForce(new TierFigure.Series(tier), date).map(TierFigure::view)
                .orElseThrow(() -> new ReferenceDataNotHeld("No review frequency for the " + tier + " tier is held for "
                        + Period.date(date) + ": add it through /api/reference-data/" + TIERS + "."));
    }

    @Transactional(readOnly = true)
    public RiskWeights.Figures weightsOn(LocalDate date) {
        return weights.inForce(new NoFields(), date).map(RiskWeights::figures)
                .orElseThrow(() -> new ReferenceDataNotHeld("No monitoring risk weights are held for "
                        + Period.date(date) + ": add them through /api/reference-data/" + WEIGHTS + "."));
    }

    @Component
    static class TierDataset extends ReferenceDataset<TierFigure, TierFigure.Series, TierFigure.Figures,
            TierFigure.View> {

        TierDataset() {
            super(TIERS, TierFigure.class, TierFigure.Series.class, TierFigure.Figures.class, Role.PROCUREMENT_LEAD,
                    Role.ADMINISTRATOR);
        }

        @Override
        protected TierFigure create(TierFigure.Series series, Period period, TierFigure.Figures figures,
                String sourceNote) {
            return new TierFigure(series, period, figures, sourceNote);
        }

        @Override
        protected TierFigure.View view(TierFigure figure) {
            return figure.view();
        }

        @Override
        protected String describe(TierFigure.Series series) {
            return "The " + series.tier() + " monitoring tier";
        }
    }

    @Component
    static class WeightsDataset extends ReferenceDataset<RiskWeights, NoFields, RiskWeights.Figures,
            RiskWeights.View> {

        WeightsDataset() {
            super(WEIGHTS, RiskWeights.class, NoFields.class, RiskWeights.Figures.class, Role.PROCUREMENT_LEAD,
                    Role.ADMINISTRATOR);
        }

        @Override
        protected RiskWeights create(NoFields series, Period period, RiskWeights.Figures figures,
                String sourceNote) {
            return new RiskWeights(period, figures, sourceNote);
        }

        @Override
        protected RiskWeights.View view(RiskWeights figure) {
            return figure.view();
        }

        @Override
        protected String describe(NoFields series) {
            return "The monitoring risk weights";
        }
    }
}
