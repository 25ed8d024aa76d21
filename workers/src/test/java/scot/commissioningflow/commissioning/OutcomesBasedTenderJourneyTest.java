package scot.commissioningflow.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.commissioning.TenderFixtures.careAtHome;
import static scot.commissioningflow.commissioning.TenderFixtures.directAwardForm;
import static scot.commissioningflow.commissioning.TenderFixtures.existingService;
import static scot.commissioningflow.commissioning.TenderFixtures.fairWorkDeclaration;
import static scot.commissioningflow.commissioning.TenderFixtures.response;
import static scot.commissioningflow.commissioning.TenderProcess.AWARD_SET_ASIDE;
import static scot.commissioningflow.commissioning.TenderProcess.CHALLENGE_RECEIVED_EVENT;
import static scot.commissioningflow.commissioning.TenderProcess.CONFIRM_AWARD;
import static scot.commissioningflow.commissioning.TenderProcess.CONFIRM_DIRECT_AWARD;
import static scot.commissioningflow.commissioning.TenderProcess.CONTRACT_LIVE;
import static scot.commissioningflow.commissioning.TenderProcess.DECIDE_AWARD;
import static scot.commissioningflow.commissioning.TenderProcess.DECIDE_CONTINUITY;
import static scot.commissioningflow.commissioning.TenderProcess.DECIDE_NEXT_STEP;
import static scot.commissioningflow.commissioning.TenderProcess.DURING_STANDSTILL;
import static scot.commissioningflow.commissioning.TenderProcess.MODERATE_SCORES;
import static scot.commissioningflow.commissioning.TenderProcess.PUBLISH_AWARD_NOTICE;
import static scot.commissioningflow.commissioning.TenderProcess.PUBLISH_CONTRACT_NOTICE;
import static scot.commissioningflow.commissioning.TenderProcess.RECORD_CHALLENGE_OUTCOME;
import static scot.commissioningflow.commissioning.TenderProcess.REGISTER_CONTRACT;
import static scot.commissioningflow.commissioning.TenderProcess.RESPONSE_PERIOD;
import static scot.commissioningflow.commissioning.TenderProcess.REVIEW_CHALLENGE;
import static scot.commissioningflow.commissioning.TenderProcess.SCORE_RESPONSES;
import static scot.commissioningflow.commissioning.TenderProcess.SIGN_CONTRACT;
import static scot.commissioningflow.commissioning.TenderProcess.STANDSTILL_ENDS;
import static scot.commissioningflow.commissioning.TenderProcess.TENDER_CANCELLED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/** The outcomes-based tender driven through the REST API on the real engine, with time moved for its timers. */
class OutcomesBasedTenderJourneyTest extends JourneyTest {

    private static final Duration PAST_RESPONSE_DEADLINE = Duration.ofDays(36);
    private static final Duration PAST_STANDSTILL = Duration.ofDays(16);

    /** The council buying through every tender here; its staff sign in for it. */
    private static final String COUNCIL = "HIGHLAND-HSCP";

    /** Tenders this test started: whatever is still running is cancelled after it, so later timers stay few. */
    private final List<Long> started = new ArrayList<>();


    @Autowired
    private ContractDocuments documents;

    @Autowired
    private ContractRegister register;

    @Autowired
    private ProcurementThresholds thresholds;

    @Autowired
    private ScottishCalendar calendar;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail trail;

    @BeforeAll
    static void publicContractsScotlandAcceptsNotices() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-F21-0001\"}")));
    }

    @AfterEach
    void cancelWhatIsStillRunning() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aRegulatedTenderRunsFromNeedToALiveSignedContract() throws Exception {
        String reference = create(careAtHome("Care at home, Strathspey", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        long spey = respond(reference, "PRV-REG-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45));
        long glen = respond(reference, "PRV-REG-B", "Glenmore Care", 380_000, 26.0, fairWorkDeclaration(13.45));
        long low = respond(reference, "PRV-REG-C", "Lowpay Ltd", 300_000, 14.0, fairWorkDeclaration(11.00));

        engine.passTime(PAST_RESPONSE_DEADLINE);
        scoreAndModerate(reference, spey, glen);
        JsonNode lowResponse = responseOf(reference, low);
        assertThat(lowResponse.path("fairWorkOutcome").asText()).isEqualTo("NOT_MET");
        assertThat(lowResponse.path("complianceNotes").asText()).contains("The hourly rate is abnormally low")
                .contains("Ask the provider to explain it before award");
        assertThat(responseOf(reference, spey).path("complianceNotes").asText())
                .contains("can sustain the pay floor and its on-costs");
        assertThat(responseOf(reference, spey).path("fairWorkOutcome").asText()).isEqualTo("MET");
        approveAward(reference);

        JsonNode award = awaitAward(reference);
        assertThat(award.path("winnerName").asText()).isEqualTo("Spey Support");
        assertThat(award.path("standstillEndsAt").asText()).isNotBlank();
        assertThat(awaitStatus(reference, "STANDSTILL").path("status").asText()).isEqualTo("STANDSTILL");
        JsonNode letters = awaitLetters(reference, 2);
        String glenLetter = letterTo(letters, "PRV-REG-B");
        assertThat(glenLetter).contains("award the contract to Spey Support")
                .contains("quality 70%, price 20%, fair work 10%")
                .contains("Spey Support (winner): quality 82.00, price 95.00, fair work 72.00, weighted total 83.60")
                .contains("Your response: quality 62.00, price 100.00, fair work 60.00, weighted total 69.40")
                .contains("standstill period ends at midnight at the end of");
        assertThat(letterTo(letters, "PRV-REG-C")).contains("could not be scored")
                .contains("mandatory fair-work requirement");
        EXTERNAL_SERVICES.verify(1, postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(matchingJsonPath("$.reference", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("debrief/" + reference + "/.*")))
                .withRequestBody(containing("Your response: quality 62.00, price 100.00, fair work 60.00")));

        engine.passTime(PAST_STANDSTILL);
        String contractReference = reference + "-C1";
        String sha = awaitAwaitingSignatures(contractReference);
        String text = contractText(contractReference);
        assertThat(text).doesNotContain("${")
                .contains("between Highland Health and Social Care Partnership (the Commissioner)")
                .contains("and Spey Support (the Provider")
                .contains("People stay living in their own homes as long as they wish")
                .contains("Share of people supported still living at home after 12 months")
                .contains("People are connected to their community")
                .contains("The contract price is £400,000.00").contains("hourly rate of £27.50")
                .contains("unused hours may be banked")
                .contains("Fair Work First").contains("real Living Wage")
                .contains("every sleepover hour paid at £13.45")
                .contains("Flow-down to sub-contractors: Yes. Flow-down to agency workers: Yes.")
                .contains("every sub-contract and every agreement for agency workers")
                .contains("Quarterly outcome conversations")
                .contains("review this contract together at least once a year")
                .contains("may be varied only in writing")
                .contains("Supported people (Three workshops in Aviemore and Grantown with 24 people)")
                .contains("a regulated procurement under the Procurement Reform (Scotland) Act 2014")
                .contains("1 April 2027").contains("31 March 2030");

        sign(provider("PRV-REG-A"), contractReference, "provider", "Iona Grant, Spey Support", sha);
        sign(commissioner(), contractReference, "commissioner", "Morag Fraser", sha);
        long key = processOf(reference);
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(PUBLISH_CONTRACT_NOTICE, RESPONSE_PERIOD,
                SCORE_RESPONSES, MODERATE_SCORES, DECIDE_AWARD, STANDSTILL_ENDS, PUBLISH_AWARD_NOTICE,
                SIGN_CONTRACT, REGISTER_CONTRACT, CONTRACT_LIVE).doesNotContain(CHALLENGE_RECEIVED_EVENT);
        assertThat(engine.incidents(key)).isEmpty();
        assertThat(awaitStatus(reference, "CONTRACT_LIVE").path("status").asText()).isEqualTo("CONTRACT_LIVE");
        JsonNode awarded = commissioner().get("/api/tenders/" + reference + "/award").expect(200).body();
        assertThat(awarded.path("awardNoticeId").asText()).isEqualTo("PCS-F21-0001");
        assertThat(awarded.path("contractSigned").asBoolean()).isTrue();
        var live = register.get(contractReference).contract();
        assertThat(live.providerName()).isEqualTo("Spey Support");
        assertThat(live.outcomes()).extracting(ContractedOutcome::indicator).contains(
                "Share of people supported still living at home after 12 months");
        assertThat(live.hourlyRate()).isEqualByComparingTo("27.50");
    }

    @Test
    void aChallengeDuringStandstillIsAnsweredAndTheAwardWaitsForIt() {
        String reference = create(careAtHome("Care at home, Inverness West", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        long spey = respond(reference, "PRV-CHL-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45));
        long glen = respond(reference, "PRV-CHL-B", "Glenmore Care", 380_000, 26.0, fairWorkDeclaration(13.45));
        assertThat(provider("PRV-CHL-B").post("/api/opportunities/" + reference + "/challenges", Map.of(
                "providerReference", "PRV-CHL-B", "grounds", "Too early")).expect(409).body().path("detail").asText())
                .contains("can be received only during standstill");
        engine.passTime(PAST_RESPONSE_DEADLINE);
        scoreAndModerate(reference, spey, glen);
        approveAward(reference);
        awaitStatus(reference, "STANDSTILL");

        provider("PRV-CHL-B").post("/api/opportunities/" + reference + "/challenges", Map.of("providerReference",
                "PRV-CHL-B", "grounds", "The price scores were computed on the wrong total.")).expect(201);
        TaskView review = awaitTask(reference, REVIEW_CHALLENGE);
        engine.passTime(PAST_STANDSTILL);
        long key = processOf(reference);
        assertThat(engine.completedElements(key)).doesNotContain(STANDSTILL_ENDS, CONFIRM_AWARD);
        assertThat(commissioner().get("/api/tenders/" + reference).expect(200).body().path("status").asText())
                .isEqualTo("CHALLENGED");

        commissioner().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("challengeOutcome", "dismissed",
                "challengeReasons", "Price scores use the whole-life totals as the tender stated."))
                .expect(200);
        engine.settle();
        engine.awaitElementCompleted(key, CONFIRM_AWARD);
        assertThat(engine.completedElements(key)).contains(RECORD_CHALLENGE_OUTCOME, STANDSTILL_ENDS);
        JsonNode challenge = commissioner().get("/api/tenders/" + reference + "/challenges").expect(200).body().get(0);
        assertThat(challenge.path("outcome").asText()).isEqualTo("dismissed");
        assertThat(challenge.path("decidedBy").asText()).isEqualTo("morag.fraser");
        List<AuditedDecision> decisions = trail.search("tender", reference, null, null, 0, 100).getContent();
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.scored")).extracting(AuditedDecision::who)
                .containsExactlyInAnyOrder("eval.ailsa", "eval.bruce");
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.moderated"))
                .extracting(AuditedDecision::who).containsExactly("officer.moira");
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.award-decided")).singleElement()
                .satisfies(d -> assertThat(d.who()).isEqualTo("morag.fraser"))
                .satisfies(d -> assertThat(d.why()).startsWith("Approved the recommended award to Spey Support"))
                .satisfies(d -> assertThat(d.processInstanceKey()).isEqualTo(key));
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.challenge-received"))
                .extracting(AuditedDecision::who).containsExactly("prv-chl-b");
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.challenge-decided")).singleElement()
                .satisfies(d -> assertThat(d.who()).isEqualTo("system:standstill-challenge"))
                .satisfies(d -> assertThat(d.why()).contains("dismissed by morag.fraser"));
        awaitAwaitingSignatures(reference + "-C1");
    }

    @Test
    void anUpheldChallengeSetsTheAwardAsideAndNoContractIsMade() {
        String reference = create(careAtHome("Care at home, Nairnshire", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        long spey = respond(reference, "PRV-UPH-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45));
        long glen = respond(reference, "PRV-UPH-B", "Glenmore Care", 380_000, 26.0, fairWorkDeclaration(13.45));
        engine.passTime(PAST_RESPONSE_DEADLINE);
        scoreAndModerate(reference, spey, glen);
        approveAward(reference);
        awaitStatus(reference, "STANDSTILL");

        provider("PRV-UPH-B").post("/api/opportunities/" + reference + "/challenges", Map.of("providerReference",
                "PRV-UPH-B", "grounds", "Our fair work evidence was not considered.")).expect(201);
        TaskView review = awaitTask(reference, REVIEW_CHALLENGE);
        commissioner().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("challengeOutcome", "upheld",
                "challengeReasons", "The fair work answers were marked against the wrong question."))
                .expect(200);

        long key = processOf(reference);
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(AWARD_SET_ASIDE).doesNotContain(CONFIRM_AWARD,
                SIGN_CONTRACT);
        JsonNode tender = commissioner().get("/api/tenders/" + reference).expect(200).body();
        assertThat(tender.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(tender.path("closedReason").asText()).contains("challenge was upheld");
        assertThat(commissioner().get("/api/contracts/" + reference + "-C1").status()).isEqualTo(404);
    }

    @Test
    void sendingTheAwardBackLetsTheModeratorRecordNewScoresAndKeepsTheEarlierOnes() {
        String reference = create(careAtHome("Care at home, Aviemore", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        long spey = respond(reference, "PRV-MOD-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45));
        long glen = respond(reference, "PRV-MOD-B", "Glenmore Care", 380_000, 26.0, fairWorkDeclaration(13.45));
        engine.passTime(PAST_RESPONSE_DEADLINE);
        scoreAndModerate(reference, spey, glen);

        TaskView first = awaitTask(reference, DECIDE_AWARD);
        assertThat(first.variables()).containsEntry("recommendedProvider", "Spey Support");
        commissioner().post("/api/tenders/" + reference + "/award-decision", Map.of("approve", false,
                "rationale", "Glenmore's outcomes approach was marked against the wrong question."))
                .expect(200);
        awaitTask(reference, MODERATE_SCORES);
        procurementOfficer().post("/api/tenders/" + reference + "/moderation", Map.of("moderationNotes",
                "Outcomes approach marked again against question 3.", "scores", List.of(
                        score(spey, 70, 70), score(glen, 88, 80)))).expect(200);

        TaskView second = await().atMost(EngineHarness.PATIENCE).until(() -> awaitTask(reference, DECIDE_AWARD),
                task -> task.taskKey() != first.taskKey());
        assertThat(second.variables()).containsEntry("recommendedProvider", "Glenmore Care");
        commissioner().post("/api/tenders/" + reference + "/award-decision", Map.of("approve", true,
                "rationale", "Highest score once moderated again.")).expect(200);
        JsonNode award = awaitAward(reference);
        assertThat(award.path("winnerName").asText()).isEqualTo("Glenmore Care");
        assertThat(award.path("ranking").get(0).path("qualityScore").decimalValue()).isEqualByComparingTo("88");
        assertThat(jdbc.queryForList("SELECT moderation_round FROM evaluation_score WHERE tender_reference = ?"
                + " AND stage = 'MODERATED' ORDER BY moderation_round", Integer.class, reference))
                .containsExactly(1, 1, 2, 2);
    }

    @Test
    void responsesAreSealedUntilTheDeadlineAndClarificationsReachEveryInterestedProvider() {
        String reference = create(careAtHome("Care at home, Badenoch and Strathspey", 420_000));
        JsonNode tender = awaitStatus(reference, "OPEN_FOR_RESPONSES");
        assertThat(tender.path("procurementRoute").asText()).isEqualTo("REGULATED");
        assertThat(tender.path("standstillDays").asInt()).isEqualTo(10);
        awaitContractNotice(reference);
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/pcs/notices"))
                .withRequestBody(matchingJsonPath("$.buyerReference", containing(reference)))
                .withRequestBody(matchingJsonPath("$.form", containing("F21"))));

        assertThat(api.get("/api/opportunities").expect(200).body().findValuesAsText("reference")).contains(reference);
        interested(reference, "PRV-SEAL-A", "Spey Support");
        interested(reference, "PRV-SEAL-B", "Glenmore Care");
        long first = ask(reference, "PRV-SEAL-A", "May a consortium respond?");
        long second = ask(reference, "PRV-SEAL-B", "Are sleepovers part of the service?");
        answer(reference, second, "Yes: about 20 sleepovers a week across the area.");
        answer(reference, first, "Yes, with a lead provider named.");
        await().untilAsserted(() -> assertThat(api.get("/api/opportunities/" + reference).expect(200).body()
                .path("clarifications").size()).isEqualTo(2));
        JsonNode answers = commissioner().get("/api/tenders/" + reference + "/clarifications").expect(200).body();
        for (JsonNode answered : answers) {
            assertThat(answered.path("sharedWith").findValuesAsText("")).isEmpty();
            assertThat(answered.path("sharedWith").toString()).contains("PRV-SEAL-A").contains("PRV-SEAL-B");
        }
        EXTERNAL_SERVICES.verify(2, postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(matchingJsonPath("$.reference", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("clarification/" + reference + "/" + second + "/PRV-SEAL-[AB]")))
                .withRequestBody(containing("Answer: Yes: about 20 sleepovers a week")));
        assertThat(answers.get(0).path("answer").asText()).isEqualTo("Yes, with a lead provider named.");
        assertThat(answers.get(1).path("answer").asText()).startsWith("Yes: about 20 sleepovers");

        JsonNode receipt = provider("PRV-SEAL-A").post("/api/opportunities/" + reference + "/responses",
                response("PRV-SEAL-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45)))
                .expect(201).body();
        assertThat(receipt.path("message").asText()).contains("sealed");

        JsonNode refused = commissioner().get("/api/tenders/" + reference + "/responses").expect(403).body();
        assertThat(refused.path("detail").asText()).contains("sealed until the response deadline");

        engine.passTime(PAST_RESPONSE_DEADLINE);
        awaitStatus(reference, "EVALUATING");
        JsonNode opened = commissioner().get("/api/tenders/" + reference + "/responses").expect(200).body();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).path("providerName").asText()).isEqualTo("Spey Support");
    }

    @Test
    void aResponseAfterTheDeadlineIsRefusedWithAClearReason() {
        String reference = create(careAtHome("Day opportunities, Lochaber", 180_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        engine.passTime(PAST_RESPONSE_DEADLINE);
        awaitStatus(reference, "NO_COMPLIANT_RESPONSES");

        JsonNode refused = provider("PRV-LATE").post("/api/opportunities/" + reference + "/responses",
                response("PRV-LATE", "Late Ltd", 170_000, 26, fairWorkDeclaration(13.45)))
                .expect(409).body();
        assertThat(refused.path("detail").asText())
                .contains("The response deadline for " + reference + " passed at")
                .contains("late responses cannot be accepted");
    }

    @Test
    void withNoCompliantResponsesTheCommissionerRetendersThenCancels() {
        String reference = create(careAtHome("Supported living, Skye", 300_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        Map<String, Object> incomplete = new HashMap<>(fairWorkDeclaration(13.45));
        incomplete.remove("workerVoice");
        provider("PRV-INC").post("/api/opportunities/" + reference + "/responses",
                response("PRV-INC", "Incomplete Care", 290_000, 26, incomplete)).expect(201);
        engine.passTime(PAST_RESPONSE_DEADLINE);

        TaskView decide = awaitTask(reference, DECIDE_NEXT_STEP);
        JsonNode responses = commissioner().get("/api/tenders/" + reference + "/responses").expect(200).body();
        assertThat(responses.get(0).path("compliant").asBoolean()).isFalse();
        assertThat(responses.get(0).path("complianceNotes").asText()).contains("workerVoice");
        commissioner().post("/api/tasks/" + decide.taskKey() + "/complete", Map.of("nextStep", "retender",
                "nextStepReasons", "The market needs longer: a second round with a market event first."))
                .expect(200);

        JsonNode reopened = awaitStatus(reference, "OPEN_FOR_RESPONSES");
        assertThat(reopened.path("roundNumber").asInt()).isEqualTo(2);
        engine.passTime(PAST_RESPONSE_DEADLINE);
        TaskView again = awaitTask(reference, DECIDE_NEXT_STEP);
        commissioner().post("/api/tasks/" + again.taskKey() + "/complete", Map.of("nextStep", "cancel",
                "nextStepReasons", "The service will be redesigned with the people supported."))
                .expect(200);

        long key = commissioner().get("/api/tenders/" + reference).expect(200).body().path("processInstanceKey")
                .asLong();
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(TENDER_CANCELLED);
        JsonNode cancelled = commissioner().get("/api/tenders/" + reference).expect(200).body();
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("closedReason").asText()).contains("redesigned with the people supported");
    }

    @Test
    void anExistingServiceContinuesByDirectAwardUnderSection12() throws Exception {
        String reference = create(existingService(careAtHome("Housing support, Nairn", 150_000), "PRV-CAIRN"));
        TaskView continuity = awaitTask(reference, DECIDE_CONTINUITY);
        assertThat(continuity.variables()).containsEntry("existingProviderName", "Cairngorm Care");
        commissioner().post("/api/tasks/" + continuity.taskKey() + "/complete", Map.of(
                "continuityDecision", "CONTINUE_WITHOUT_COMPETITION",
                "continuityReasons", "People supported asked to keep their team; outcomes met for three years.",
                "peopleToldTimetable", "Letters and visits in May; tenants' meeting on 3 June."))
                .expect(200);

        TaskView confirm = awaitTask(reference, CONFIRM_DIRECT_AWARD);
        JsonNode tender = commissioner().get("/api/tenders/" + reference).expect(200).body();
        assertThat(tender.path("procurementRoute").asText()).isEqualTo("DIRECT_AWARD_S12");
        assertThat(tender.path("noticeDuty").asText()).isEqualTo("AWARD_NOTICE");
        assertThat(tender.path("continuityDecision").asText()).isEqualTo("CONTINUE_WITHOUT_COMPETITION");
        commissioner().post("/api/tasks/" + confirm.taskKey() + "/complete", directAwardForm(150_000, 27.1, 13.45))
                .expect(200);

        long key = tender.path("processInstanceKey").asLong();
        engine.awaitElementCompleted(key, PUBLISH_AWARD_NOTICE);
        assertThat(engine.completedElements(key)).doesNotContain(PUBLISH_CONTRACT_NOTICE, RESPONSE_PERIOD,
                DURING_STANDSTILL);
        JsonNode award = commissioner().get("/api/tenders/" + reference + "/award").expect(200).body();
        assertThat(award.path("winnerName").asText()).isEqualTo("Cairngorm Care");
        assertThat(award.path("awardNoticeId").asText()).isEqualTo("PCS-F21-0001");
        assertThat(award.path("standstillEndsAt").isNull()).isTrue();
        assertThat(commissioner().get("/api/tenders/" + reference + "/debrief-letters").expect(200).body()).isEmpty();

        String contractReference = reference + "-C1";
        String sha = awaitAwaitingSignatures(contractReference);
        assertThat(contractText(contractReference)).doesNotContain("${")
                .contains("a direct award under section 12 of the Procurement Reform (Scotland) Act 2014")
                .contains("and Cairngorm Care (the Provider")
                .contains("The contract price is £150,000.00").contains("hourly rate of £27.10")
                .contains("adult social care minimum pay in force")
                .contains("Flow-down to sub-contractors: Yes. Flow-down to agency workers: Yes.");
        sign(provider("PRV-CAIRN"), contractReference, "provider", "Cairngorm Care", sha);
        sign(commissioner(), contractReference, "commissioner", "Morag Fraser", sha);
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(CONTRACT_LIVE);
        assertThat(register.get(contractReference).contract().providerReference()).isEqualTo("PRV-CAIRN");
    }

    @Test
    void aQuickQuoteWhoseRecommendedPriceCannotSustainFairWorkGoesBackToTheCommissioner() {
        String reference = create(careAtHome("Befriending, Kingussie", 40_000));
        assertThat(awaitStatus(reference, "OPEN_FOR_RESPONSES").path("procurementRoute").asText())
                .isEqualTo("QUICK_QUOTE");
        long spey = respond(reference, "PRV-QQ-A", "Spey Support", 36_000, 14.0, fairWorkDeclaration(13.45));
        long glen = respond(reference, "PRV-QQ-B", "Glenmore Care", 38_000, 26.0, fairWorkDeclaration(13.45));
        engine.passTime(PAST_RESPONSE_DEADLINE);
        scoreAndModerate(reference, spey, glen);
        TaskView first = awaitTask(reference, DECIDE_AWARD);
        approveAward(reference);

        // The price check runs for real here: £14.00 an hour cannot pay the floor and its on-costs.
        TaskView again = await().atMost(EngineHarness.PATIENCE).until(() -> awaitTask(reference, DECIDE_AWARD),
                task -> task.taskKey() != first.taskKey());
        assertThat(String.valueOf(again.variables().get("priceExplanation")))
                .startsWith("A price of £14.00 an hour is abnormally low");
        commissioner().get("/api/tenders/" + reference + "/award").expect(404);
    }

    @Test
    void theRouteFollowsTheThresholdsInForce() {
        String quickQuote = create(careAtHome("Befriending, Badenoch", 40_000));
        JsonNode small = awaitStatus(quickQuote, "OPEN_FOR_RESPONSES");
        assertThat(small.path("procurementRoute").asText()).isEqualTo("QUICK_QUOTE");
        assertThat(small.path("noticeDuty").asText()).isEqualTo("NONE");
        assertThat(small.path("standstillDays").isNull()).isTrue();
        assertThat(engine.completedElements(processOf(quickQuote))).doesNotContain(PUBLISH_CONTRACT_NOTICE);

        String lightTouch = create(careAtHome("Care at home, all Highland", 900_000));
        JsonNode large = awaitStatus(lightTouch, "OPEN_FOR_RESPONSES");
        assertThat(large.path("procurementRoute").asText()).isEqualTo("LIGHT_TOUCH");
        assertThat(large.path("noticeDuty").asText()).isEqualTo("CONTRACT_AND_AWARD_NOTICES");
        awaitContractNotice(lightTouch);

        Map<String, Object> paper = careAtHome("Grounds maintenance, Raigmore", 250_000);
        paper.put("serviceType", "OTHER_SERVICES");
        paper.put("noticesElectronic", false);
        JsonNode other = awaitStatus(create(paper), "OPEN_FOR_RESPONSES");
        assertThat(other.path("procurementRoute").asText()).isEqualTo("ABOVE_GPA");
        assertThat(other.path("standstillDays").asInt()).isEqualTo(15);
    }

    @Test
    void thresholdsAndBankHolidaysAreReferenceDataWithEffectiveDates() {
        JsonNode recorded = procurementLead().post("/api/reference-data/procurement-thresholds", Map.of(
                "code", "REGULATED_SERVICES", "amount", 70_000, "includesVat", false, "effectiveFrom", "2099-04-01",
                "sourceNote", "Order raising the threshold (consultation SPPN 3/2025)", "reason", "New order in force"))
                .expect(201).body();
        assertThat(recorded.path("recordedBy").asText()).isEqualTo("officer.moira");
        assertThat(thresholds.on(ProcurementThreshold.ThresholdCode.REGULATED_SERVICES, LocalDate.of(2099, 3, 31)))
                .isEqualByComparingTo("50000");
        assertThat(thresholds.on(ProcurementThreshold.ThresholdCode.REGULATED_SERVICES, LocalDate.of(2099, 4, 1)))
                .isEqualByComparingTo("70000");
        assertThat(procurementLead().post("/api/reference-data/procurement-thresholds", Map.of(
                "code", "REGULATED_SERVICES",
                "amount", 80_000, "includesVat", false, "effectiveFrom", "2099-04-01", "sourceNote", "Again",
                "reason", "Again"))
                .expect(409).body().path("detail").asText()).contains("already recorded");

        // Christmas 2026: Friday 25th, the weekend, then Monday 28th (Boxing Day substitute) are not working days.
        assertThat(calendar.periodEnd(LocalDate.of(2026, 12, 15), 10))
                .isEqualTo(LocalDate.of(2026, 12, 30).atStartOfDay(ScottishCalendar.SCOTLAND));
        administrator().post("/api/reference-data/bank-holidays", Map.of("effectiveFrom", "2099-11-30",
                "name", "St Andrew's Day",
                "sourceNote", "Proclamation for 2099", "reason", "Holidays for 2099 announced"))
                .expect(201);
        assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2099, 11, 30))).isEqualTo(LocalDate.of(2099, 12, 1));
        assertThat(administrator().post("/api/reference-data/bank-holidays", Map.of("effectiveFrom", "2099-11-30",
                "name", "Again",
                "sourceNote", "Again", "reason", "Again"))
                .expect(409).status()).isEqualTo(409);
    }

    @Test
    void weightsThatDoNotAddUpOrJudgeOnPriceAloneAreRefusedNamingTheField() {
        Map<String, Object> tender = careAtHome("Price only", 100_000);
        tender.put("weights", Map.of("quality", 0, "price", 100, "fairWork", 0));
        JsonNode refused = commissioner().post("/api/tenders", tender).expect(400).body();
        assertThat(refused.path("detail").asText()).contains("weights.quality must be more than 0")
                .contains("weights.fairWork must be more than 0");

        tender.put("weights", Map.of("quality", 60, "price", 30, "fairWork", 20));
        assertThat(commissioner().post("/api/tenders", tender).expect(400).body().path("detail").asText())
                .contains("weights must add up to 100 but quality 60 + price 30 + fair work 20 make 110");

        tender.put("weights", Map.of("quality", 70, "price", 20, "fairWork", 10));
        tender.put("coProduction", List.of(Map.of("who", "PROVIDERS", "how", "Provider forum")));
        assertThat(commissioner().post("/api/tenders", tender).expect(400).body().path("errors").get(0)
                .path("field").asText())
                .isEqualTo("coProduction");
    }

    private Api.SignedIn commissioner() {
        return api.as("morag.fraser", COUNCIL, Role.COMMISSIONER);
    }

    private Api.SignedIn procurementOfficer() {
        return api.as("officer.moira", COUNCIL, Role.PROCUREMENT_OFFICER);
    }

    /** The procurement officer who also owns the thresholds. */
    private Api.SignedIn procurementLead() {
        return api.as("officer.moira", COUNCIL, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD);
    }

    private Api.SignedIn administrator() {
        return api.as("admin.kirsty", COUNCIL, Role.ADMINISTRATOR);
    }

    private Api.SignedIn evaluator(String username) {
        return api.as(username, COUNCIL, Role.EVALUATOR);
    }

    /** A user of this provider, named after it as the provider's bids mailbox. */
    private Api.SignedIn provider(String providerReference) {
        return api.as(providerReference.toLowerCase(), providerReference, Role.PROVIDER_USER);
    }

    private long respond(String reference, String provider, String name, long price, double rate,
            Map<String, Object> declaration) {
        return provider(provider).post("/api/opportunities/" + reference + "/responses",
                response(provider, name, price, rate, declaration)).expect(201).body()
                .path("responseId").asLong();
    }

    /** Both evaluators score, then the panel agrees consensus marks. */
    private void scoreAndModerate(String reference, long winner, long runnerUp) {
        TaskView ailsas = awaitTaskFor(reference, SCORE_RESPONSES, "eval.ailsa");
        awaitTaskFor(reference, SCORE_RESPONSES, "eval.bruce");
        // The generic inbox would drop the scores: it points the evaluator to the endpoint that records them.
        assertThat(evaluator("eval.ailsa").post("/api/tasks/" + ailsas.taskKey() + "/complete", Map.of())
                .expect(409).body().path("detail").asText())
                .contains("is completed through POST /api/tenders/" + reference + "/evaluations");
        JsonNode incomplete = evaluator("eval.ailsa").post("/api/tenders/" + reference + "/evaluations", Map.of(
                "scores", List.of(score(winner, 80, 70)))).expect(400).body();
        assertThat(incomplete.path("detail").asText()).contains("scores must cover every response being evaluated");
        evaluator("eval.ailsa").post("/api/tenders/" + reference + "/evaluations", Map.of("scores", List.of(
                score(winner, 80, 70), score(runnerUp, 60, 60)))).expect(200);
        evaluator("eval.bruce").post("/api/tenders/" + reference + "/evaluations", Map.of("scores", List.of(
                score(winner, 85, 75), score(runnerUp, 65, 60)))).expect(200);
        TaskView moderation = awaitTask(reference, MODERATE_SCORES);
        assertThat(moderation.variables().get("ranking").toString()).contains("Spey Support");
        procurementOfficer().post("/api/tenders/" + reference + "/moderation", Map.of("moderationNotes",
                "Agreed after discussing the outcomes approach.", "scores", List.of(
                        score(winner, 82, 72), score(runnerUp, 62, 60)))).expect(200);
    }

    private void approveAward(String reference) {
        TaskView decide = awaitTask(reference, DECIDE_AWARD);
        assertThat(decide.variables()).containsEntry("recommendedProvider", "Spey Support");
        commissioner().post("/api/tenders/" + reference + "/award-decision", Map.of("approve", true,
                "rationale", "Highest score on quality and outcomes.")).expect(200);
    }

    private TaskView awaitTaskFor(String reference, String elementId, String assignee) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(new TaskQuery(TaskStatus.OPEN, null,
                reference, null, elementId, assignee)), tasks -> !tasks.isEmpty()).getFirst();
    }

    private static Map<String, Object> score(long responseId, int quality, int fairWork) {
        return Map.of("responseId", responseId, "quality", quality, "fairWork", fairWork,
                "comments", "Judged against the outcomes and the fair work question.");
    }

    private JsonNode responseOf(String reference, long responseId) {
        for (JsonNode response : commissioner().get("/api/tenders/" + reference + "/responses").expect(200).body()) {
            if (response.path("id").asLong() == responseId) {
                return response;
            }
        }
        throw new AssertionError("No response " + responseId);
    }

    private JsonNode awaitAward(String reference) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/tenders/" + reference + "/award"),
                r -> r.status() == 200).body();
    }

    private JsonNode awaitLetters(String reference, int count) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/tenders/" + reference + "/debrief-letters").expect(200).body(),
                letters -> letters.size() == count);
    }

    private static String letterTo(JsonNode letters, String provider) {
        for (JsonNode letter : letters) {
            if (letter.path("providerReference").asText().equals(provider)) {
                return letter.path("letter").asText();
            }
        }
        throw new AssertionError("No letter to " + provider);
    }

    private String awaitAwaitingSignatures(String contractReference) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/contracts/" + contractReference),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
    }

    private String contractText(String contractReference) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(
                new ByteArrayInputStream(documents.content(contractReference)));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }

    private void sign(Api.SignedIn signatory, String contractReference, String role, String signedBy, String sha) {
        signatory.post("/api/contracts/" + contractReference + "/signatures", Map.of("signatoryRole", role,
                "signedBy", signedBy, "documentSha256", sha)).expect(200);
    }

    private long processOf(String reference) {
        return commissioner().get("/api/tenders/" + reference).expect(200).body().path("processInstanceKey").asLong();
    }

    private String create(Map<String, Object> tender) {
        JsonNode created = commissioner().post("/api/tenders", tender).expect(201).body();
        started.add(created.path("processInstanceKey").asLong());
        return created.path("reference").asText();
    }

    private JsonNode awaitStatus(String reference, String status) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/tenders/" + reference).expect(200).body(),
                body -> body.path("status").asText().equals(status));
    }

    private void awaitContractNotice(String reference) {
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/" + reference)
                .expect(200).body()
                .path("contractNoticeId").asText(), "PCS-F21-0001"::equals);
    }

    private void interested(String reference, String provider, String name) {
        provider(provider).post("/api/opportunities/" + reference + "/interest", Map.of("providerReference", provider,
                "providerName", name, "contactEmail", "bids@" + provider.toLowerCase() + ".example.org"))
                .expect(204);
    }

    private long ask(String reference, String provider, String question) {
        return provider(provider).post("/api/opportunities/" + reference + "/clarifications", Map.of(
                "providerReference", provider,
                "question", question)).expect(201).body().path("id").asLong();
    }

    private void answer(String reference, long clarificationId, String answer) {
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().post("/api/tenders/" + reference
                + "/clarifications/" + clarificationId + "/answer", Map.of("answer", answer)).status() == 200);
    }
}
