package scot.commissioningflow.collaboration;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.collaboration.CollaborationDriver.Partnership;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/**
 * Provider collaboration funding end to end on the real engine, with the charity and company registers, e-signature
 * and notifications answered by WireMock: a three-partner application funded and reported on to the end; an
 * ineligible partnership refused with the reason; a conflicted panel member kept out; the £100,000 cumulative
 * self-declaration limit crossed by a second award, so evidence is demanded; a missed report escalating to clawback.
 */
class CollaborationFundingJourneyTest extends JourneyTest {

    @Autowired
    private ContractDocuments documents;

    @Autowired
    private ContractRegister register;

    /** Rounds this test started: whatever is still running is cancelled after it, so later timers stay few. */
    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsStillRunning() {
        started.forEach(engine::cancelIfRunning);
    }

    private CollaborationDriver driver() {
        return new CollaborationDriver(api, inbox, EXTERNAL_SERVICES);
    }

    private String openRound(CollaborationDriver d, long budget) {
        JsonNode round = d.openRound(budget);
        started.add(round.path("processInstanceKey").asLong());
        return round.path("reference").asText();
    }

    @Test
    void aThreePartnerApplicationIsFundedSignedPaidInStagesAndReportedOnToTheEnd() throws Exception {
        CollaborationDriver d = driver();
        String round = openRound(d, 200_000);
        Partnership partnership = d.partnership(d.id, d.charityRegister("Tay Homes " + d.id));
        String application = d.apply(round, partnership, 30_000);

        engine.passTime(Duration.ofDays(3));
        JsonNode eligible = d.awaitApplication(application, partnership.lead(),
                a -> a.path("status").asText().equals("ELIGIBLE"));
        assertThat(eligible.path("eligibilityReason").asText())
                .contains("Every organisation in the partnership (3) meets the round's register rules.");
        assertThat(eligible.path("partners").findValuesAsText("confirmedPart")).hasSize(3);

        d.panelMemberScores(round, d.panelOne, 80, List.of());
        d.panelMemberScores(round, d.panelTwo, 70, List.of());
        d.moderate(round);
        JsonNode awarded = d.awaitApplication(application, partnership.lead(),
                a -> a.path("status").asText().equals("AWARDED"));
        assertThat(awarded.path("weightedScore").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(awarded.path("rankPosition").asInt()).isEqualTo(1);

        String grant = application.replace("CFA-", "CFG-");
        d.everyoneSigns(grant, partnership);
        String agreement = text(documents.content(grant));
        assertThat(agreement).doesNotContain("${").contains("Cairngorm Care " + d.id)
                .contains("We confirm our part, as our board agreed.").contains("£90,000.00").contains("£45,000.00")
                .contains("The real Living Wage paid throughout");

        d.awaitGrant(grant, partnership.lead(), g -> g.path("status").asText().equals("SIGNED")
                && g.path("paid").decimalValue().compareTo(new BigDecimal("45000")) == 0);
        Map<String, Long> first = new LinkedHashMap<>();
        first.put("Shared rota", 30_000L);
        first.put("Co-design workshops", 15_000L);
        d.report(grant, partnership.lead(), 1, first);
        d.awaitGrant(grant, partnership.lead(),
                g -> g.path("paid").decimalValue().compareTo(new BigDecimal("90000")) == 0);
        d.report(grant, partnership.lead(), 2, Map.of("Co-design workshops", 15_000L, "Shared payroll", 30_000L));

        JsonNode completed = d.awaitGrant(grant, partnership.lead(), g -> g.path("status").asText()
                .equals("COMPLETED"));
        assertThat(register.get(grant).contract().kind()).isEqualTo(ContractKind.COLLABORATION_GRANT);
        assertThat(register.get(grant).contract().providerReference()).isEqualTo(partnership.lead());
        assertThat(completed.path("spent").decimalValue()).isEqualByComparingTo("90000");
        JsonNode closed = d.awaitRound(round, r -> r.path("status").asText().equals("CLOSED"));
        assertThat(closed.path("summary").asText()).contains("Applications submitted: 1; not eligible: 0; funded: 1,"
                + " for £90,000.00 of a budget of £200,000.00").contains("Paid £90,000.00, spent £90,000.00")
                .contains("17 supported people, carers and others shaped the funded work");
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(containing(application + "-award")));
    }

    @Test
    void aPartnershipWithAProfitMakingPartnerIsRefusedWithTheReasonAndNeverReachesThePanel() {
        CollaborationDriver d = driver();
        String round = openRound(d, 200_000);
        String company = d.profitMakingCompany("Tay Homes Ltd " + d.id);
        Partnership partnership = d.partnership(d.id, Map.of("registerKind", "COMPANY", "registerNumber", company));
        String application = d.apply(round, partnership, 30_000);

        engine.passTime(Duration.ofDays(3));
        JsonNode refused = d.awaitApplication(application, partnership.lead(),
                a -> a.path("status").asText().equals("INELIGIBLE"));
        assertThat(refused.path("eligibilityReason").asText()).isEqualTo("The partnership is not eligible: Tay Homes "
                + d.id + " on the Companies House register is not a not-for-profit organisation.");
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(containing(application + "-ineligible"))
                .withRequestBody(containing("is not a not-for-profit organisation")));
        d.awaitScoringTask(round, d.panelOne);
        assertThat(d.panel(d.panelOne).get("/api/collaboration/rounds/" + round + "/panel").expect(200).body())
                .isEmpty();
        assertThat(d.panel(d.panelOne).post("/api/collaboration/rounds/" + round + "/conflicts", Map.of(
                "declarations", List.of(Map.of("applicationReference", application, "conflicted", false))))
                .status()).isEqualTo(400);
    }

    @Test
    void aPanelMemberWhoDeclaresAConflictNeitherSeesNorScoresThatApplication() {
        CollaborationDriver d = driver();
        String round = openRound(d, 200_000);
        Partnership partnership = d.partnership(d.id, d.charityRegister("Tay Homes " + d.id));
        String application = d.apply(round, partnership, 30_000);
        engine.passTime(Duration.ofDays(3));
        d.awaitApplication(application, partnership.lead(), a -> a.path("status").asText().equals("ELIGIBLE"));

        var conflicted = d.panel(d.panelOne);
        // Before declaring, nobody on the panel sees the application.
        d.awaitScoringTask(round, d.panelOne);
        assertThat(conflicted.get("/api/collaboration/applications/" + application).status()).isEqualTo(403);
        d.panelMemberScores(round, d.panelOne, 10, List.of(application));

        JsonNode refusedToSee = conflicted.get("/api/collaboration/applications/" + application).body();
        assertThat(refusedToSee.path("detail").asText()).isEqualTo("You declared a conflict of interest in "
                + application + ", so you can neither see nor score it.");
        assertThat(conflicted.post("/api/collaboration/applications/" + application + "/scores", Map.of("scores",
                CollaborationDriver.CRITERIA.stream().map(c -> Map.of("criterion", c, "score", 100, "comment",
                        "Top marks.")).toList())).status()).isEqualTo(403);
        assertThat(conflicted.get("/api/collaboration/rounds/" + round + "/applications").body()).isEmpty();
        assertThat(conflicted.get("/api/collaboration/applications/" + application + "/partnership-agreement")
                .status()).isEqualTo(403);
        assertThat(conflicted.post("/api/collaboration/rounds/" + round + "/conflicts", Map.of("declarations",
                List.of(Map.of("applicationReference", application, "conflicted", false)))).status())
                .isEqualTo(200);
        assertThat(conflicted.get("/api/collaboration/applications/" + application).status())
                .as("a declared conflict is never withdrawn").isEqualTo(403);

        d.panelMemberScores(round, d.panelTwo, 60, List.of());
        JsonNode marks = d.funder().get("/api/collaboration/rounds/" + round + "/marks").expect(200).body();
        assertThat(marks.findValuesAsText("panelMember")).containsOnly(d.panelTwo);
        d.moderate(round);
        JsonNode ranked = d.awaitApplication(application, partnership.lead(),
                a -> a.path("status").asText().equals("AWARDED"));
        assertThat(ranked.path("weightedScore").decimalValue()).as("only the free member's marks count")
                .isEqualByComparingTo("60.00");
    }

    @Test
    void aSecondAwardThatTakesTheCumulativeFundingOverTheLimitNeedsEvidenceNotASelfDeclaration() {
        CollaborationDriver d = driver();
        String firstRound = openRound(d, 200_000);
        Partnership partnership = d.partnership(d.id, d.charityRegister("Tay Homes " + d.id));
        String first = d.apply(firstRound, partnership, 24_000);
        engine.passTime(Duration.ofDays(3));
        d.awaitApplication(first, partnership.lead(), a -> a.path("status").asText().equals("ELIGIBLE"));
        d.panelMemberScores(firstRound, d.panelOne, 70, List.of());
        d.panelMemberScores(firstRound, d.panelTwo, 70, List.of());
        d.moderate(firstRound);
        d.awaitApplication(first, partnership.lead(), a -> a.path("status").asText().equals("AWARDED"));

        // £72,000 awarded; the same lead now asks for £30,000 more: £102,000 in all, over the £100,000 limit.
        String secondRound = openRound(d, 200_000);
        String second = d.apply(secondRound, partnership, 10_000);
        engine.passTime(Duration.ofDays(3));
        TaskView review = awaitTask(secondRound, "ReviewFairWorkEvidence");
        assertThat(String.valueOf(review.variables().get("fairWorkResults"))).contains("Cumulative grant funding of"
                + " £102,000.00 is not under £100,000.00, so a self-declaration is not enough");
        assertThat(d.provider(partnership.lead()).get("/api/collaboration/applications/" + second).expect(200)
                .body().path("status").asText()).isEqualTo("SUBMITTED");

        api.as("olive.officer", d.funderOrganisation, Role.PROCUREMENT_OFFICER)
                .post("/api/tasks/" + review.taskKey() + "/complete", Map.of("fairWorkReviewDecision", "MET",
                        "fairWorkReviewNotes", "Payroll records and the union recognition agreement seen."))
                .expect(200);
        JsonNode eligible = d.awaitApplication(second, partnership.lead(),
                a -> a.path("status").asText().equals("ELIGIBLE"));
        assertThat(eligible.path("fairWorkSummary").asText()).isNotBlank();
    }

    @Test
    void aReportThatNeverComesIsEscalatedAndTheMoneyPaidIsClawedBack() {
        CollaborationDriver d = driver();
        String round = openRound(d, 200_000);
        Partnership partnership = d.partnership(d.id, d.charityRegister("Tay Homes " + d.id));
        String application = d.apply(round, partnership, 30_000);
        engine.passTime(Duration.ofDays(3));
        d.awaitApplication(application, partnership.lead(), a -> a.path("status").asText().equals("ELIGIBLE"));
        d.panelMemberScores(round, d.panelOne, 75, List.of());
        d.panelMemberScores(round, d.panelTwo, 75, List.of());
        d.moderate(round);
        String grant = application.replace("CFA-", "CFG-");
        d.everyoneSigns(grant, partnership);
        d.awaitGrant(grant, partnership.lead(), g -> g.path("paid").decimalValue().signum() > 0);
        long roundKey = started.getLast();

        engine.passTime(Duration.ofDays(62));
        await().atMost(EngineHarness.PATIENCE).until(() -> engine.completedElements(roundKey)
                .contains(CollaborationProcess.ESCALATE_REPORT));
        assertThat(engine.completedElements(roundKey)).contains(CollaborationProcess.REMIND_REPORT);
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(containing(grant + "/1-overdue-funder")));

        engine.passTime(Duration.ofDays(29));
        JsonNode clawedBack = d.awaitGrant(grant, partnership.lead(), g -> g.path("status").asText()
                .equals("CLAWED_BACK"));
        assertThat(clawedBack.path("clawbackAmount").decimalValue()).isEqualByComparingTo("45000");
        assertThat(clawedBack.path("clawbackReason").asText()).startsWith("No progress and spend report for"
                + " milestone 1 arrived, even after escalation");
        JsonNode closed = d.awaitRound(round, r -> r.path("status").asText().equals("CLOSED"));
        assertThat(closed.path("summary").asText()).contains("recovered £45,000.00");
        assertThat(d.provider(partnership.lead()).post("/api/collaboration/grants/" + grant
                + "/milestones/1/report", Map.of("progress", "Late.", "peopleInvolved", List.of(Map.of("who",
                "SUPPORTED_PEOPLE", "howMany", 1, "how", "Asked")), "spend", List.of())).status()).isEqualTo(409);
    }

    private static String text(byte[] docx) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }
}
