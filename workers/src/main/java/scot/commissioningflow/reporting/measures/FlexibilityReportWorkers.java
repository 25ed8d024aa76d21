package scot.commissioningflow.reporting.measures;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;
import scot.commissioningflow.reporting.measures.FlexibilityReports.Requested;

/**
 * The job workers of {@code processes/reporting/flexibility-report.bpmn}, keyed by {@code reportKey}.
 * {@code plan-quarterly-flexibility-report} records the report for Scotland on the quarter just ended and gives its
 * {@code reportKey}; {@code write-flexibility-workbook} takes {@code reportKey} and writes and keeps the workbook.
 */
@Component
public class FlexibilityReportWorkers {

    /** A workbook of a hundred thousand contracts takes seconds; a slow database is given far longer. */
    private static final long WRITING_TIMEOUT_MS = 30 * 60 * 1000L;

    private final FlexibilityReports reports;

    FlexibilityReportWorkers(FlexibilityReports reports) {
        this.reports = reports;
    }

    @JobWorker(type = "plan-quarterly-flexibility-report")
    public Requested plan(ActivatedJob job) {
        try (var ignored = ProcessLog.forJob(job)) {
            return reports.planQuarter();
        }
    }

    @JobWorker(type = "write-flexibility-workbook", timeout = WRITING_TIMEOUT_MS)
    public void write(ActivatedJob job, @VariablesAsType Requested report) {
        try (var ignored = ProcessLog.forJob(job)) {
            reports.write(report.reportKey());
        }
    }
}
