package scot.commissioningflow.fairwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.fairwork.check.BidWithFairWorkCheckProcess.BID_EXCLUDED;
import static scot.commissioningflow.fairwork.check.BidWithFairWorkCheckProcess.BID_GOES_TO_EVALUATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * The fair-work-check call activity on the real engine, called from a tender-like process that gates on its outcome.
 */
class FairWorkCheckJourneyTest extends JourneyTest {

    /** The procurement officer who reads checks and reviews the evidence a declaration points to. */
    private Api.SignedIn isla() {
        return api.as("officer.isla", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    @Autowired
    private ProcessEngine processes;

    @Autowired
    private FairWorkChecks checks;

    @Autowired
    private StoredFairWorkCheckRepository stored;

    @Test
    void aBidPayingTheFloorOnTheDayItRisesGoesToEvaluation() {
        String key = unique("met");
        long instance = startBid(key, "TENDER", "2026-04-01", Declarations.meetingEverything(13.45));

        engine.awaitCompleted(instance);
        assertThat(engine.completedElements(instance)).contains(BID_GOES_TO_EVALUATION).doesNotContain(BID_EXCLUDED);
        assertThat(inbox.find(TaskQuery.open().forBusinessKey(key))).isEmpty();
        JsonNode check = isla().get("/api/fair-work/checks/" + key).expect(200).body();
        assertThat(check.path("outcome").asText()).isEqualTo("MET");
        assertThat(check.path("results")).hasSize(7);
        assertThat(check.path("summary").asText()).startsWith("Fair work conditions are met for a tender starting"
                + " 1 April 2026");
    }

    @Test
    void aBidOnePennyUnderTheFloorIsExcludedByTheGatewayNotByAnIncident() {
        String key = unique("under");
        long instance = startBid(key, "TENDER", "2026-04-01", Declarations.meetingEverything(13.44));

        engine.awaitCompleted(instance);
        assertThat(engine.completedElements(instance)).contains(BID_EXCLUDED).doesNotContain(BID_GOES_TO_EVALUATION);
        assertThat(engine.incidents(instance)).isEmpty();
        JsonNode payResult = isla().get("/api/fair-work/checks/" + key).expect(200).body().path("results").get(0);
        assertThat(payResult.path("criterion").asText()).isEqualTo("REAL_LIVING_WAGE");
        assertThat(payResult.path("mandatory").asBoolean()).isTrue();
        assertThat(payResult.path("result").asText()).isEqualTo("NOT_MET");
        assertThat(payResult.path("reason").asText()).isEqualTo("Support worker pay of £13.44 an hour is 1p below"
                + " the adult social care minimum of £13.45 that applies from 1 April 2026.");
    }

    @Test
    void anUnevidencedGrantDeclarationIsReviewedByAProcurementOfficer() {
        String key = unique("review");
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.50),
                "cumulativeGrantFunding", 150000);
        long instance = startBid(key, "GRANT", "2026-06-01", declaration);

        TaskView review = awaitTask(key, FairWorkCheckProcess.REVIEW_FAIR_WORK_EVIDENCE);
        assertThat(review.name()).isEqualTo("Review fair work evidence");
        assertThat(review.candidateGroup()).isEqualTo("procurement-officers");
        assertThat(review.variables()).containsEntry("fairWorkOutcome", "NOT_EVIDENCED");
        assertThat(review.variables().get("fairWorkSummary").toString())
                .contains("need a procurement officer's review for a grant starting 1 June 2026");
        assertThat(isla().get("/api/tasks/" + review.taskKey() + "/form").expect(200).body().path("id").asText())
                .isEqualTo("fair-work-evidence-review");

        isla().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("fairWorkReviewDecision", "MET",
                "fairWorkReviewNotes", "Living Wage accreditation certificate and union recognition agreement seen."))
                .expect(200);

        engine.awaitCompleted(instance);
        assertThat(engine.completedElements(instance)).contains(BID_GOES_TO_EVALUATION);
        JsonNode check = isla().get("/api/fair-work/checks/" + key).expect(200).body();
        assertThat(check.path("outcome").asText()).isEqualTo("MET");
        assertThat(check.path("reviewedBy").asText()).isEqualTo("officer.isla");
        assertThat(check.path("results").get(0).path("reason").asText())
                .contains("Reviewed by officer.isla, who found it met");
    }

    @Test
    void anOfficerWhoFindsTheEvidenceWantingExcludesTheBid() {
        String key = unique("review-no");
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.50),
                "workerVoice", "OTHER_CHANNEL");
        long instance = startBid(key, "GRANT", "2026-06-01",
                Declarations.with(declaration, "cumulativeGrantFunding", 20000));

        TaskView review = awaitTask(key, FairWorkCheckProcess.REVIEW_FAIR_WORK_EVIDENCE);
        isla().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("fairWorkReviewDecision", "NOT_MET",
                "fairWorkReviewNotes", "No staff forum exists.")).expect(200);

        engine.awaitCompleted(instance);
        assertThat(engine.completedElements(instance)).contains(BID_EXCLUDED);
    }

    @Test
    void aRedeliveredCheckAnswersWithTheStoredResultOnce() {
        String key = unique("twice");
        long first = startBid(key, "TENDER", "2026-04-01", Declarations.meetingEverything(13.45));
        engine.awaitCompleted(first);
        // The same key again, even with a declaration that would now fail, is the same check delivered again.
        long second = startBid(key, "TENDER", "2026-04-01", Declarations.meetingEverything(10.00));
        engine.awaitCompleted(second);

        assertThat(engine.completedElements(second)).contains(BID_GOES_TO_EVALUATION);
        assertThat(stored.countByCheckKey(key)).isEqualTo(1);
    }

    @Test
    void fiveDeliveriesOfTheSameCheckStoreOneResultAndAllGetIt() {
        String key = unique("five");
        List<Long> instances = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            instances.add(startBid(key, "TENDER", "2026-04-01", Declarations.meetingEverything(13.45)));
        }

        instances.forEach(engine::awaitCompleted);
        assertThat(instances).allSatisfy(instance -> {
            assertThat(engine.completedElements(instance)).contains(BID_GOES_TO_EVALUATION);
            assertThat(engine.incidents(instance)).isEmpty();
        });
        assertThat(stored.countByCheckKey(key)).isEqualTo(1);
    }

    @Test
    void aDeclarationWithMissingFieldsRaisesOneIncidentNamingThemAll() {
        String key = unique("missing");
        Map<String, Object> declaration = new HashMap<>(Declarations.meetingEverything(13.45));
        declaration.remove("workerVoice");
        declaration.remove("fireAndRehire");
        declaration.remove("flowsDownToAgencyStaff");
        long instance = startCheck(key, "TENDER", "2026-04-01", declaration);

        List<String> incidents = await().atMost(EngineHarness.PATIENCE)
                .until(() -> engine.incidents(instance), found -> !found.isEmpty());
        assertThat(incidents).hasSize(1);
        assertThat(incidents.getFirst()).contains("fairWorkDeclaration.workerVoice is required",
                "fairWorkDeclaration.fireAndRehire is required", "fairWorkDeclaration.flowsDownToAgencyStaff is required");
        assertThat(stored.countByCheckKey(key)).isZero();
    }

    @Test
    void aStartDateBeforeEveryPayFloorIsAnIncidentNamingTheDateNeverAPass() {
        String key = unique("too-early");
        long instance = startCheck(key, "TENDER", "2022-05-14", Declarations.meetingEverything(0.01));

        List<String> incidents = await().atMost(EngineHarness.PATIENCE)
                .until(() -> engine.incidents(instance), found -> !found.isEmpty());
        assertThat(incidents.getFirst()).contains("14 May 2022");
        assertThat(engine.completedElements(instance)).doesNotContain(FairWorkCheckProcess.CHECK_FAIR_WORK);
        assertThat(stored.countByCheckKey(key)).isZero();
    }

    @Test
    void aDeclarationWithMissingFieldsIsOneRefusalListingThemAll() {
        Map<String, Object> declaration = new HashMap<>(Declarations.meetingEverything(13.45));
        declaration.remove("workerVoice");
        declaration.remove("genderPayGapAction");
        declaration.remove("flexibleWorkingFromDayOne");
        declaration.put("zeroHoursContracts", "SOMETIMES");
        Map<String, Object> body = new HashMap<>();
        body.put("fairWorkCheckKey", unique("FW-RULES"));
        body.put("fairWorkContext", "GRANT");
        body.put("contractStartDate", "2026-04-01");
        body.put("fairWorkDeclaration", declaration);

        JsonNode refused = isla().post("/api/fair-work/checks", body).expect(400).body();

        assertThat(refused.path("errors")).hasSize(5);
        assertThat(refused.path("detail").asText()).isEqualTo("The request has 5 problems:"
                + " fairWorkDeclaration.zeroHoursContracts must be one of NONE, WORKER_CHOICE_ONLY, USED, not SOMETIMES;"
                + " fairWorkDeclaration.workerVoice is required;"
                + " fairWorkDeclaration.genderPayGapAction is required;"
                + " fairWorkDeclaration.flexibleWorkingFromDayOne is required;"
                + " fairWorkDeclaration.cumulativeGrantFunding is required for a grant, to judge whether a"
                + " self-declaration is enough.");
    }

    @Test
    void anOfficersReviewRecordedTwiceChangesNothing() {
        String key = unique("FW-RULES");
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45),
                "cumulativeGrantFunding", 200000);
        assertThat(checks.check(key, FairWorkContext.GRANT, LocalDate.of(2026, 4, 1), declaration).outcome())
                .isEqualTo(Verdict.NOT_EVIDENCED);

        var first = checks.recordReview(key, Verdict.NOT_MET, "No payroll evidence was provided.", "officer.ruth");
        var again = checks.recordReview(key, Verdict.MET, "A second opinion.", "officer.sam");

        assertThat(again).isEqualTo(first);
        assertThat(first.outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(first.summary()).startsWith("A procurement officer (officer.ruth) reviewed the evidence and found"
                + " fair work conditions not met.");
        assertThat(of(first, Criterion.REAL_LIVING_WAGE).reason()).endsWith("Reviewed by officer.ruth, who found it"
                + " not met: No payroll evidence was provided.");
    }

    @Test
    void aCheckTheDeclarationEvidencedNeedsNoReview() {
        String key = unique("FW-RULES");
        checks.check(key, FairWorkContext.TENDER, LocalDate.of(2026, 4, 1), Declarations.meetingEverything(13.45));
        assertThatThrownBy(() -> checks.recordReview(key, Verdict.MET, "Fine.", "officer.ruth"))
                .isInstanceOf(Conflict.class)
                .hasMessage("Fair work check " + key + " is MET and needs no officer's review.");
    }

    private static CriterionResult of(FairWorkCheckResult result, Criterion criterion) {
        List<CriterionResult> matching = result.results().stream().filter(r -> r.criterion() == criterion).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private long startBid(String key, String context, String startDate, Map<String, Object> declaration) {
        return processes.start(BidWithFairWorkCheckProcess.PROCESS_ID, key,
                inputs(key, context, startDate, declaration));
    }

    /** The call activity's own process, started directly so its incidents are on the instance the test holds. */
    private long startCheck(String key, String context, String startDate, Map<String, Object> declaration) {
        return processes.start(FairWorkCheckProcess.PROCESS_ID, key, inputs(key, context, startDate, declaration));
    }

    private static Map<String, Object> inputs(String key, String context, String startDate,
            Map<String, Object> declaration) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fairWorkCheckKey", key);
        variables.put("fairWorkContext", context);
        variables.put("contractStartDate", startDate);
        variables.put("fairWorkDeclaration", declaration);
        return variables;
    }

    private static String unique(String label) {
        return "FW-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
