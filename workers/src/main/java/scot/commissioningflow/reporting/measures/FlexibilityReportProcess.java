package scot.commissioningflow.reporting.measures;

/** The ids of {@code processes/reporting/flexibility-report.bpmn} that Java refers to: the one place they are named. */
public final class FlexibilityReportProcess {

    public static final String PROCESS_ID = "flexibility-report";
    public static final String QUARTER_STARTS = "QuarterStarts";
    public static final String PLAN_QUARTERLY_REPORT = "PlanQuarterlyReport";
    public static final String REPORT_REQUESTED = "ReportRequested";
    public static final String WRITE_WORKBOOK = "WriteWorkbook";
    public static final String REPORT_READY = "ReportReady";

    private FlexibilityReportProcess() {
    }
}
