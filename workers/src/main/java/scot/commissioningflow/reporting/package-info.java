/**
 * Reporting: the programme's report on commissioning flexibility (an Excel workbook per period, for Scotland or one
 * council or partnership: {@code workbook}, produced by {@code processes/reporting/flexibility-report.bpmn}:
 * {@code measures}) and open contracting data (OCDS 1.1 releases, records and packages: {@code opendata}).
 * <p>
 * Reporting knows no feature. Each feature contributes what it can count through the small SPI in this package:
 * {@link scot.commissioningflow.reporting.MeasureContributor} for measures and detail sheets,
 * {@link scot.commissioningflow.reporting.OpenDataContributor} for contracting processes. A feature implements them in
 * its own package and depends on reporting, never the other way round, so a feature that lands later adds its columns
 * and releases without any change here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package scot.commissioningflow.reporting;
