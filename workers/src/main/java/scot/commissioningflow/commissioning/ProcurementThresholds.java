package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdCode;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdView;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataNotHeld;
import scot.commissioningflow.referencedata.ReferenceDataset;

/**
 * The procurement thresholds in force on a date. New figures are recorded as they are announced through the
 * reference data ({@code /api/reference-data/procurement-thresholds}).
 */
@Service
public class ProcurementThresholds {

    private final Dataset thresholds;

    ProcurementThresholds(Dataset thresholds) {
        this.thresholds = thresholds;
    }

    /** @throws ReferenceDataNotHeld naming the date when no figure of the threshold covers it */
    @Transactional(readOnly = true)
    public BigDecimal on(ThresholdCode code, LocalDate date) {
        return thresholds.inForce(new ProcurementThreshold.Series(code), date).map(ProcurementThreshold::amount)
                .orElseThrow(() -> new ReferenceDataNotHeld("No " + code.readableName() + " is held for "
                        + Period.date(date) + "; add the figure in force on that date through"
                        + " /api/reference-data/procurement-thresholds."));
    }

    @Transactional(readOnly = true)
    public List<ThresholdView> all() {
        return thresholds.all().stream().map(ProcurementThreshold::view).toList();
    }

    /** The procurement thresholds as reference data: dataset {@code procurement-thresholds}. */
    @Component
    static class Dataset extends ReferenceDataset<ProcurementThreshold, ProcurementThreshold.Series,
            ProcurementThreshold.Figures, ThresholdView> {

        Dataset() {
            super("procurement-thresholds", ProcurementThreshold.class, ProcurementThreshold.Series.class,
                    ProcurementThreshold.Figures.class, Role.PROCUREMENT_LEAD, Role.ADMINISTRATOR);
        }

        @Override
        protected ProcurementThreshold create(ProcurementThreshold.Series series, Period period,
                ProcurementThreshold.Figures figures, String sourceNote) {
            return new ProcurementThreshold(series, period, figures, sourceNote);
        }

        @Override
        protected ThresholdView view(ProcurementThreshold threshold) {
            return threshold.view();
        }

        @Override
        protected String describe(ProcurementThreshold.Series series) {
            return "The " + series.code().readableName();
        }
    }
}
