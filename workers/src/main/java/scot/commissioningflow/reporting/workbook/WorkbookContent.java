package scot.commissioningflow.reporting.workbook;

import java.time.Instant;
import java.util.List;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;

/**
 * Everything one workbook shows: the period, whose it is, every feature's measures and the detail sheets.
 *
 * @param area     a council or partnership code, or null for Scotland
 * @param areaName how the area is shown ("Scotland" for Scotland)
 */
public record WorkbookContent(ReportingPeriod period, String area, String areaName, Instant producedAt,
        List<FeatureMeasures> measures, List<DetailSheet> details) {

    public WorkbookContent {
        measures = List.copyOf(measures);
        details = List.copyOf(details);
    }

    /** One feature's measures, under the feature's name. */
    public record FeatureMeasures(String feature, List<Measure> measures) {

        public FeatureMeasures {
            measures = List.copyOf(measures);
        }
    }
}
