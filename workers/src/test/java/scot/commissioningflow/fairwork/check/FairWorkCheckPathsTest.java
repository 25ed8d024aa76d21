package scot.commissioningflow.fairwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.fairwork.check.FairWorkCheckProcess.CHECK_FAIR_WORK;
import static scot.commissioningflow.fairwork.check.FairWorkCheckProcess.FAIR_WORK_CHECKED;
import static scot.commissioningflow.fairwork.check.FairWorkCheckProcess.FAIR_WORK_DECIDED_BY_OFFICER;
import static scot.commissioningflow.fairwork.check.FairWorkCheckProcess.RECORD_FAIR_WORK_REVIEW;
import static scot.commissioningflow.fairwork.check.FairWorkCheckProcess.REVIEW_FAIR_WORK_EVIDENCE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.fairwork.check.FairWorkCheckResult.Variables;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * Every path of {@code fair-work-check.bpmn} on the real engine, the workers' answers given by the test: a verdict
 * the declaration settles ends the check, one it does not evidence goes to a procurement officer, and a declaration
 * the worker cannot read stops at an incident.
 */
@OwnEngine
class FairWorkCheckPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private static final Map<String, Object> INPUTS = Map.of("fairWorkCheckKey", "FW-PATH-1", "fairWorkContext",
            "GRANT", "contractStartDate", "2026-06-01", "fairWorkDeclaration", Map.of());

    @Test
    void aMetOrNotMetVerdictEndsTheCheckWithoutAnOfficer() {
        for (Verdict verdict : List.of(Verdict.MET, Verdict.NOT_MET)) {
            long check = paths.start(FairWorkCheckProcess.PROCESS_ID, INPUTS);
            paths.complete(check, "check-fair-work", new Variables(verdict, List.of(), "Settled."));
            paths.awaitCompleted(check);
            paths.assertPassed(check, CHECK_FAIR_WORK, FAIR_WORK_CHECKED);
            paths.assertNotPassed(check, REVIEW_FAIR_WORK_EVIDENCE);
        }
    }

    @Test
    void aVerdictTheDeclarationDoesNotEvidenceGoesToAProcurementOfficer() {
        long check = paths.start(FairWorkCheckProcess.PROCESS_ID, INPUTS);
        paths.complete(check, "check-fair-work", new Variables(Verdict.NOT_EVIDENCED, List.of(), "Needs evidence."));
        paths.assertWaitingAt(check, REVIEW_FAIR_WORK_EVIDENCE);

        Map<String, Object> recorded = new HashMap<>();
        paths.answer("record-fair-work-review", job -> {
            recorded.putAll(job.getVariablesAsMap());
            return new Variables(Verdict.MET, List.of(), "Reviewed.");
        });
        paths.completeUserTask(check, REVIEW_FAIR_WORK_EVIDENCE, Map.of("fairWorkReviewDecision", "MET",
                "fairWorkReviewNotes", "Payroll seen.", "completedBy", "officer.ruth"));
        paths.settle();

        paths.awaitCompleted(check);
        // The officer's answers reach the recording step under the names its worker reads.
        assertThat(recorded).containsEntry("fairWorkCheckKey", "FW-PATH-1")
                .containsEntry("fairWorkReviewDecision", "MET").containsEntry("fairWorkReviewedBy", "officer.ruth");
        paths.assertPassed(check, RECORD_FAIR_WORK_REVIEW, FAIR_WORK_DECIDED_BY_OFFICER);
        paths.assertNotPassed(check, FAIR_WORK_CHECKED);
    }

    @Test
    void aDeclarationTheWorkerCannotReadIsAnIncidentNeverAVerdict() {
        long check = paths.start(FairWorkCheckProcess.PROCESS_ID, INPUTS);
        paths.failWithIncident(check, "check-fair-work", "The fair work declaration cannot be checked.");
        paths.awaitIncident(check);
        paths.assertNotPassed(check, FAIR_WORK_CHECKED, REVIEW_FAIR_WORK_EVIDENCE);
    }
}
