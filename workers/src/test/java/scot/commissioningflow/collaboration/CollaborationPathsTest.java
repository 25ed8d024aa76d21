package scot.commissioningflow.collaboration;

import static scot.commissioningflow.collaboration.CollaborationProcess.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * Every path of the five collaboration funding diagrams on the real engine, the workers' answers given by the test:
 * a round with and without applications; eligibility refused on the registers or decided after the fair work check;
 * the panel's independent scoring and moderation; a grant signed, lapsed, met or clawed back; a milestone's report
 * on time, late, or never.
 */
@OwnEngine
class CollaborationPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private static final Map<String, Object> MILESTONE = Map.of("grantReference", "CFG-PATH", "number", 1, "name",
            "Shared rota live", "payment", "45000", "reportDueOn", "2027-09-30", "reportKey", "CFG-PATH/1");

    @BeforeEach
    void standingAnswers() {
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "Met."));
        paths.answer("record-collaboration-eligibility", job -> Map.of("eligible", true));
        paths.answer("rank-collaboration-applications", job -> null);
        paths.answer("generate-contract", job -> null);
        paths.answerSignatureRequests();
        paths.answer("send-signature-reminder", job -> null);
        paths.answer("remind-collaboration-report", job -> null);
        paths.answer("escalate-collaboration-report", job -> null);
        paths.answer("claw-back-collaboration-grant", job -> null);
        paths.answer("close-collaboration-grant", job -> null);
        paths.answer("close-collaboration-round", job -> null);
    }

    @Test
    void aRoundWithNoApplicationsClosesAtOnceWithItsSummary() {
        long round = paths.start(ROUND_PROCESS_ID, Map.of("roundReference", "CFR-EMPTY", "roundOpensIn", "PT0S"));
        paths.complete(round, "open-collaboration-round", Map.of("applicationsCloseIn", "PT1H"));
        paths.assertWaitingAt(round, APPLICATIONS_CLOSE);
        paths.passTime(Duration.ofHours(2));
        paths.complete(round, "close-collaboration-applications", Map.of("applicationReferences", List.of(),
                "panelMembers", List.of("panel.one")));
        paths.awaitCompleted(round);
        paths.assertPassed(round, ROUND_OPENS, OPEN_ROUND, APPLICATIONS_CLOSE, CLOSE_APPLICATIONS,
                "CloseRoundUnused", "RoundClosedWithoutApplications");
        paths.assertNotPassed(round, CHECK_ELIGIBILITY, ASSESS_APPLICATIONS);
    }

    @Test
    void aRoundChecksEachApplicationThePanelAssessesThemAndItClosesWhenItsGrantsEnd() {
        paths.answer("check-collaboration-registers", job -> registers(true));
        long round = paths.start(ROUND_PROCESS_ID, Map.of("roundReference", "CFR-FULL", "roundOpensIn", "PT0S"));
        paths.complete(round, "open-collaboration-round", Map.of("applicationsCloseIn", "PT1H"));
        paths.passTime(Duration.ofHours(2));
        paths.complete(round, "close-collaboration-applications", Map.of("applicationReferences",
                List.of("CFA-1", "CFA-2"), "panelMembers", List.of("panel.one", "panel.two")));
        paths.completeUserTask(round, SCORE_APPLICATIONS, Map.of("completedBy", "panel.one"));
        paths.completeUserTask(round, SCORE_APPLICATIONS, Map.of("completedBy", "panel.two"));
        paths.completeUserTask(round, MODERATE_SCORES, Map.of("completedBy", "funder.fiona"));
        paths.complete(round, "decide-collaboration-awards", Map.of("awardedGrants", List.of()));
        paths.awaitCompleted(round);
        paths.assertPassed(round, CHECK_REGISTERS, FAIR_WORK_CHECK, RECORD_ELIGIBILITY, CHECK_ELIGIBILITY,
                SCORE_APPLICATIONS, MODERATE_SCORES, RANK_APPLICATIONS, ASSESS_APPLICATIONS, DECIDE_AWARDS,
                MANAGE_GRANTS, CLOSE_ROUND, ROUND_CLOSED);
    }

    @Test
    void aPartnershipTheRegistersShowIneligibleIsRecordedWithoutAFairWorkCheck() {
        long check = paths.start(ELIGIBILITY_PROCESS_ID, Map.of("applicationReference", "CFA-NO"));
        paths.complete(check, "check-collaboration-registers", registers(false));
        paths.awaitCompleted(check);
        paths.assertPassed(check, CHECK_REGISTERS, RECORD_ELIGIBILITY);
        paths.assertNotPassed(check, FAIR_WORK_CHECK);
    }

    @Test
    void aSignedGrantWhoseEveryReportIsAcceptedIsClosed() {
        long grant = startGrant("CFG-MET");
        signed(grant, "CFG-MET", true);
        paths.complete(grant, "pay-collaboration-stage", timers());
        paths.publishMessage(REPORT_SUBMITTED, "CFG-MET/1", Map.of());
        paths.complete(grant, "assess-collaboration-report", Map.of("reportOutcome", "ACCEPTED",
                "reportFindings", "Within budget."));
        paths.awaitCompleted(grant);
        paths.assertPassed(grant, PREPARE_AGREEMENT, SIGN_AGREEMENT, RECORD_SIGNING, PAY_STAGE, REPORT_RECEIVED,
                ASSESS_REPORT, MILESTONE_MET, MILESTONES, CLOSE_GRANT, GRANT_COMPLETED);
        paths.assertNotPassed(grant, CLAW_BACK, ESCALATE_REPORT);
    }

    @Test
    void aGrantNotSignedByEveryoneInTimeLapses() {
        long grant = startGrant("CFG-LAPSE");
        signed(grant, "CFG-LAPSE", false);
        paths.awaitCompleted(grant);
        paths.assertPassed(grant, RECORD_SIGNING, GRANT_LAPSED);
        paths.assertNotPassed(grant, MILESTONES);
    }

    @Test
    void aReportShowingMoneyToRecoverSendsTheGrantDownTheClawbackPath() {
        long grant = startGrant("CFG-MISUSE");
        signed(grant, "CFG-MISUSE", true);
        paths.complete(grant, "pay-collaboration-stage", timers());
        paths.publishMessage(REPORT_SUBMITTED, "CFG-MISUSE/1", Map.of());
        paths.complete(grant, "assess-collaboration-report", Map.of("reportOutcome", "CLAWBACK",
                "reportFindings", "Spend outside the budget."));
        paths.awaitCompleted(grant);
        paths.assertPassed(grant, ASSESS_REPORT, MONEY_TO_RECOVER, CLAW_BACK, GRANT_CLAWED_BACK);
        paths.assertNotPassed(grant, CLOSE_GRANT);
    }

    @Test
    void aReportThatNeverComesIsRemindedEscalatedAndThenClawedBack() {
        long grant = startGrant("CFG-MISSING");
        signed(grant, "CFG-MISSING", true);
        paths.complete(grant, "pay-collaboration-stage", timers());
        paths.passTime(Duration.ofHours(1).plusMinutes(1));
        paths.assertPassed(grant, REPORT_REMINDER, REMIND_REPORT);
        paths.passTime(Duration.ofHours(1));
        paths.assertPassed(grant, REPORT_OVERDUE, ESCALATE_REPORT);
        paths.assertWaitingAt(grant, LATE_REPORT_RECEIVED);
        paths.passTime(Duration.ofHours(4));
        paths.awaitCompleted(grant);
        paths.assertPassed(grant, REPORT_MISSING, MONEY_TO_RECOVER, CLAW_BACK, GRANT_CLAWED_BACK);
        paths.assertNotPassed(grant, ASSESS_REPORT, CLOSE_GRANT);
    }

    @Test
    void aLateReportAfterEscalationIsStillAssessed() {
        long milestone = paths.start(MILESTONE_PROCESS_ID, Map.of("grantReference", "CFG-PATH", "milestone",
                MILESTONE));
        paths.complete(milestone, "pay-collaboration-stage", timers());
        paths.passTime(Duration.ofHours(2).plusMinutes(1));
        paths.assertPassed(milestone, ESCALATE_REPORT);
        paths.publishMessage(REPORT_SUBMITTED, "CFG-PATH/1", Map.of());
        paths.complete(milestone, "assess-collaboration-report", Map.of("reportOutcome", "ACCEPTED",
                "reportFindings", "Within budget."));
        paths.awaitCompleted(milestone);
        paths.assertPassed(milestone, LATE_REPORT_RECEIVED, ASSESS_REPORT, MILESTONE_MET);
    }

    private static Map<String, Object> registers(boolean eligible) {
        return Map.of("registerEligible", eligible, "registerFindings", eligible ? "Eligible." : "Not on the register.",
                "fairWorkCheckKey", "FWF-PATH-" + eligible, "fairWorkContext", "GRANT", "contractStartDate",
                "2027-04-01", "fairWorkDeclaration", Map.of());
    }

    private static Map<String, Object> timers() {
        return Map.of("reminderIn", "PT1H", "reportDueIn", "PT2H", "escalationGrace", "PT3H");
    }

    private long startGrant(String reference) {
        long grant = paths.start(GRANT_PROCESS_ID, Map.of("grantReference", reference));
        Map<String, Object> stage = new HashMap<>(MILESTONE);
        stage.put("grantReference", reference);
        stage.put("reportKey", reference + "/1");
        paths.complete(grant, "prepare-collaboration-grant-agreement", Map.of("contractRequest",
                Map.of("contractReference", reference, "template", "collaboration-grant-agreement.docx",
                        "signingDeadlineDays", 28), "milestones", List.of(stage)));
        return grant;
    }

    private void signed(long grant, String reference, boolean signed) {
        if (signed) {
            paths.publishMessage("contract-signed", reference, Map.of("contractSigned", true));
        } else {
            // Not every party signed: the signing deadline passes and signing lapses.
            paths.answer("lapse-contract-signing", job -> Map.of("contractSigned", false));
            paths.assertWaitingAt(grant, "AllPartiesSigned");
            paths.passTime(Duration.ofDays(29));
        }
        paths.complete(grant, "record-collaboration-grant-signing", Map.of("grantSigned", signed));
    }
}
