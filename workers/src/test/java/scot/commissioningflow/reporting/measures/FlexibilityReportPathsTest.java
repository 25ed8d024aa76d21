package scot.commissioningflow.reporting.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.reporting.measures.FlexibilityReportProcess.PLAN_QUARTERLY_REPORT;
import static scot.commissioningflow.reporting.measures.FlexibilityReportProcess.QUARTER_STARTS;
import static scot.commissioningflow.reporting.measures.FlexibilityReportProcess.REPORT_READY;
import static scot.commissioningflow.reporting.measures.FlexibilityReportProcess.REPORT_REQUESTED;
import static scot.commissioningflow.reporting.measures.FlexibilityReportProcess.WRITE_WORKBOOK;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** Both ways into {@code flexibility-report.bpmn} on the real engine, the workers' answers given by the test. */
@OwnEngine
class FlexibilityReportPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @Test
    void aReportAskedForIsWrittenWithoutPlanning() {
        List<Object> written = new ArrayList<>();
        paths.answer("write-flexibility-workbook", job -> {
            written.add(job.getVariablesAsMap().get("reportKey"));
            return null;
        });
        long report = paths.start(FlexibilityReportProcess.PROCESS_ID, Map.of("reportKey", "FR-ASKED"));
        paths.settle();
        paths.awaitCompleted(report);
        paths.assertPassed(report, REPORT_REQUESTED, WRITE_WORKBOOK, REPORT_READY);
        paths.assertNotPassed(report, PLAN_QUARTERLY_REPORT);
        assertThat(written).containsExactly("FR-ASKED");
    }

    @Test
    void atTheStartOfEachQuarterTheReportOnTheQuarterJustEndedIsPlannedAndWritten() {
        List<Long> planned = new ArrayList<>();
        List<Object> written = new ArrayList<>();
        paths.answer("plan-quarterly-flexibility-report", job -> {
            planned.add(job.getProcessInstanceKey());
            return Map.of("reportKey", "FR-QUARTER-" + planned.size());
        });
        paths.answer("write-flexibility-workbook", job -> {
            written.add(job.getVariablesAsMap().get("reportKey"));
            return null;
        });
        // A quarter starts within any 92 days.
        paths.passTime(Duration.ofDays(92));
        assertThat(planned).isNotEmpty();
        long quarter = planned.getFirst();
        paths.awaitCompleted(quarter);
        paths.assertPassed(quarter, QUARTER_STARTS, PLAN_QUARTERLY_REPORT, WRITE_WORKBOOK, REPORT_READY);
        paths.assertNotPassed(quarter, REPORT_REQUESTED);
        assertThat(written).contains("FR-QUARTER-1");
    }
}
