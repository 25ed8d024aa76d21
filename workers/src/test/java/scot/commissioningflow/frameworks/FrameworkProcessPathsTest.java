package scot.commissioningflow.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.ADMIT;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.APPLICATIONS_CLOSE;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.ASSESS_APPLICATIONS;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.CHECK_REGISTRATION;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.END_FRAMEWORK;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.FAIR_WORK_CHECK;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.REFUSE;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.REOPENING_DUE;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.REOPEN_ON_DEMAND;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.TERM_ENDS;
import static scot.commissioningflow.frameworks.FrameworkAgreementProcess.WHILE_LIVE;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** The paths of framework-agreement.bpmn and framework-admission.bpmn on the real engine, the workers answered. */
@OwnEngine
class FrameworkProcessPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @Test
    void anApplicationRegisteredAndFairIsAdmitted() {
        long application = admission(true, "MET");

        paths.awaitCompleted(application);
        paths.assertPassed(application, CHECK_REGISTRATION, FAIR_WORK_CHECK, ADMIT);
        paths.assertNotPassed(application, REFUSE);
    }

    @Test
    void aWeakGradeIsRefusedBeforeTheFairWorkCheckWithItsReason() {
        long application = admission(false, "MET");

        paths.awaitCompleted(application);
        paths.assertPassed(application, CHECK_REGISTRATION, REFUSE);
        paths.assertNotPassed(application, FAIR_WORK_CHECK, ADMIT);
        assertThat(paths.variable(application, "refusal", Map.class)).containsEntry("refusalOutcome",
                "REFUSED_REGISTRATION").containsEntry("refusalReason", "CS2003000001 is graded 2 (weak).");
    }

    @Test
    void fairWorkNotMetIsRefusedWithTheCheck() {
        long application = admission(true, "NOT_MET");

        paths.awaitCompleted(application);
        paths.assertPassed(application, FAIR_WORK_CHECK, REFUSE);
        paths.assertNotPassed(application, ADMIT);
        assertThat(paths.variable(application, "refusal", Map.class)).containsEntry("refusalOutcome",
                "REFUSED_FAIR_WORK").containsEntry("refusalReason", "Pay below the floor.");
    }

    @Test
    void aFrameworkRunsRoundsReopensOnDemandAndOnItsTimerAndEndsWithItsTerm() {
        AtomicInteger rounds = new AtomicInteger();
        paths.answer("open-framework-round", job -> Map.of("roundNumber", rounds.incrementAndGet(),
                "applicationsCloseAt", Instant.now().toString(), "applicationWindow", "P7D"));
        paths.answer("close-framework-round", job -> Map.of("applicationKeys", List.of()));
        paths.answer("make-framework-live", job -> Map.of("reopenAfter", "P12M"));
        paths.answer("end-framework", job -> null);
        long framework = paths.start(FrameworkAgreementProcess.PROCESS_ID, Map.of("businessKey", "FWK-PATH-1",
                "frameworkReference", "FWK-PATH-1", "termEndsAt", Instant.now().plus(Duration.ofDays(700))
                        .toString()));
        paths.assertWaitingAt(framework, APPLICATIONS_CLOSE);

        paths.passTime(Duration.ofDays(8));
        paths.assertWaitingAt(framework, WHILE_LIVE);
        paths.assertPassed(framework, ASSESS_APPLICATIONS);
        paths.publishMessage(FrameworkAgreementProcess.REOPEN_REQUESTED, "FWK-PATH-1", Map.of());
        paths.assertWaitingAt(framework, APPLICATIONS_CLOSE);
        paths.assertPassed(framework, REOPEN_ON_DEMAND);
        paths.passTime(Duration.ofDays(8));
        paths.assertWaitingAt(framework, WHILE_LIVE);

        paths.passTime(Duration.ofDays(370));
        paths.assertWaitingAt(framework, APPLICATIONS_CLOSE);
        paths.assertPassed(framework, REOPENING_DUE);
        assertThat(rounds.get()).isEqualTo(3);
        paths.passTime(Duration.ofDays(8));
        paths.assertWaitingAt(framework, WHILE_LIVE);

        // The term ends (day 700) before the next reopening would (about day 759).
        paths.passTime(Duration.ofDays(400));
        paths.awaitCompleted(framework);
        paths.assertPassed(framework, TERM_ENDS, END_FRAMEWORK);
    }

    /** One application through framework-admission.bpmn, the refusal's inputs kept as variable refusal. */
    private static long admission(boolean registrationMet, String fairWorkOutcome) {
        Map<String, Object> checked = new HashMap<>();
        checked.put("registrationMet", registrationMet);
        checked.put("registrationRefusal", registrationMet ? null : "CS2003000001 is graded 2 (weak).");
        checked.put("fairWorkCheckKey", "APP-1");
        checked.put("fairWorkContext", "FRAMEWORK_ADMISSION");
        checked.put("contractStartDate", "2027-04-01");
        checked.put("fairWorkDeclaration", Map.of("hourlyPayByRole", Map.of("Support worker", 13.45)));
        paths.answer("check-framework-registration", job -> checked);
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", fairWorkOutcome, "fairWorkResults", List.of(),
                "fairWorkSummary", fairWorkOutcome.equals("MET") ? "Met." : "Pay below the floor."));
        paths.answer("admit-to-framework", job -> null);
        paths.answer("refuse-framework-admission", job -> Map.of("refusal", Map.of(
                "refusalOutcome", job.getVariablesAsMap().get("refusalOutcome"),
                "refusalReason", job.getVariablesAsMap().get("refusalReason"))));
        return paths.start(FrameworkAgreementProcess.ADMISSION_PROCESS_ID, Map.of("businessKey", "APP-1",
                "applicationKey", "APP-1"));
    }
}
