package scot.commissioningflow.reporting;

import java.util.List;

/**
 * What a feature adds to the flexibility report: its measures for a period and, optionally, sheets of the records
 * behind them. A feature implements this as a Spring bean in its own package; the report takes every bean it finds,
 * so a feature's columns appear when it lands and no feature is named here.
 */
public interface MeasureContributor {

    /** The feature's name as a reader knows it ("Individual service funds"), shown beside each of its measures. */
    String feature();

    List<Measure> measures(ReportingPeriod period);

    default List<DetailSheet> detailSheets(ReportingPeriod period) {
        return List.of();
    }
}
