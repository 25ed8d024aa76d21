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
import static scot.commissioningflow.commissioning.TenderFixtures.existingService;
import static scot.commissioningflow.commissioning.TenderFixtures.fairWorkDeclaration;
import static scot.commissioningflow.commissioning.TenderFixtures.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/** The outcomes-based tender driven through the REST API on the real engine, with time moved for its timers. */
class OutcomesBasedTenderJourneyTest extends JourneyTest {

    private static final Duration PAST_RESPONSE_DEADLINE = Duration.ofDays(36);

    @BeforeAll
    static void publicContractsScotlandAcceptsNotices() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-F21-0001\"}")));
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
        JsonNode answers = api.get("/api/tenders/" + reference + "/clarifications").expect(200).body();
        for (JsonNode answered : answers) {
            assertThat(answered.path("sharedWith").findValuesAsText("")).isEmpty();
            assertThat(answered.path("sharedWith").toString()).contains("PRV-SEAL-A").contains("PRV-SEAL-B");
        }
        assertThat(answers.get(0).path("answer").asText()).isEqualTo("Yes, with a lead provider named.");
        assertThat(answers.get(1).path("answer").asText()).startsWith("Yes: about 20 sleepovers");

        JsonNode receipt = api.post("/api/opportunities/" + reference + "/responses",
                response("PRV-SEAL-A", "Spey Support", 400_000, 27.5, fairWorkDeclaration(13.45)), "spey.bids")
                .expect(201).body();
        assertThat(receipt.path("message").asText()).contains("sealed");

        JsonNode refused = api.get("/api/tenders/" + reference + "/responses").expect(409).body();
        assertThat(refused.path("detail").asText()).contains("sealed until the response deadline");

        engine.passTime(PAST_RESPONSE_DEADLINE);
        awaitStatus(reference, "EVALUATING");
        JsonNode opened = api.get("/api/tenders/" + reference + "/responses").expect(200).body();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).path("providerName").asText()).isEqualTo("Spey Support");
    }

    @Test
    void aResponseAfterTheDeadlineIsRefusedWithAClearReason() {
        String reference = create(careAtHome("Day opportunities, Lochaber", 180_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        engine.passTime(PAST_RESPONSE_DEADLINE);
        awaitStatus(reference, "NO_COMPLIANT_RESPONSES");

        JsonNode refused = api.post("/api/opportunities/" + reference + "/responses",
                response("PRV-LATE", "Late Ltd", 170_000, 26, fairWorkDeclaration(13.45)), "late.bids")
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
        api.post("/api/opportunities/" + reference + "/responses",
                response("PRV-INC", "Incomplete Care", 290_000, 26, incomplete), "inc.bids").expect(201);
        engine.passTime(PAST_RESPONSE_DEADLINE);

        TaskView decide = awaitTask(reference, "DecideNextStep");
        JsonNode responses = api.get("/api/tenders/" + reference + "/responses").expect(200).body();
        assertThat(responses.get(0).path("compliant").asBoolean()).isFalse();
        assertThat(responses.get(0).path("complianceNotes").asText()).contains("workerVoice");
        api.post("/api/tasks/" + decide.taskKey() + "/complete", Map.of("nextStep", "retender",
                "nextStepReasons", "The market needs longer: a second round with a market event first."),
                "morag.fraser").expect(200);

        JsonNode reopened = awaitStatus(reference, "OPEN_FOR_RESPONSES");
        assertThat(reopened.path("roundNumber").asInt()).isEqualTo(2);
        engine.passTime(PAST_RESPONSE_DEADLINE);
        TaskView again = awaitTask(reference, "DecideNextStep");
        api.post("/api/tasks/" + again.taskKey() + "/complete", Map.of("nextStep", "cancel",
                "nextStepReasons", "The service will be redesigned with the people supported."), "morag.fraser")
                .expect(200);

        long key = api.get("/api/tenders/" + reference).expect(200).body().path("processInstanceKey").asLong();
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains("TenderCancelled");
        JsonNode cancelled = api.get("/api/tenders/" + reference).expect(200).body();
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("closedReason").asText()).contains("redesigned with the people supported");
    }

    @Test
    void anExistingServiceContinuesByDirectAwardUnderSection12() {
        String reference = create(existingService(careAtHome("Housing support, Nairn", 150_000), "PRV-CAIRN"));
        TaskView continuity = awaitTask(reference, "DecideContinuity");
        assertThat(continuity.variables()).containsEntry("existingProviderName", "Cairngorm Care");
        api.post("/api/tasks/" + continuity.taskKey() + "/complete", Map.of(
                "continuityDecision", "CONTINUE_WITHOUT_COMPETITION",
                "continuityReasons", "People supported asked to keep their team; outcomes met for three years.",
                "peopleToldTimetable", "Letters and visits in May; tenants' meeting on 3 June."), "morag.fraser")
                .expect(200);

        TaskView confirm = awaitTask(reference, "ConfirmDirectAward");
        JsonNode tender = api.get("/api/tenders/" + reference).expect(200).body();
        assertThat(tender.path("procurementRoute").asText()).isEqualTo("DIRECT_AWARD_S12");
        assertThat(tender.path("noticeDuty").asText()).isEqualTo("AWARD_NOTICE");
        assertThat(tender.path("continuityDecision").asText()).isEqualTo("CONTINUE_WITHOUT_COMPETITION");
        api.post("/api/tasks/" + confirm.taskKey() + "/complete", Map.of("agreedPrice", 150_000,
                "agreedHourlyRate", 27.1, "awardRationale", "Continuity of care for eleven tenants."),
                "morag.fraser").expect(200);

        long key = tender.path("processInstanceKey").asLong();
        engine.awaitElementCompleted(key, "PublishAwardNotice");
        assertThat(engine.completedElements(key)).doesNotContain("PublishContractNotice", "ResponsePeriod",
                "DuringStandstill");
        JsonNode award = api.get("/api/tenders/" + reference + "/award").expect(200).body();
        assertThat(award.path("winnerName").asText()).isEqualTo("Cairngorm Care");
        assertThat(award.path("awardNoticeId").asText()).isEqualTo("PCS-F21-0001");
        assertThat(award.path("standstillEndsAt").isNull()).isTrue();
        assertThat(api.get("/api/tenders/" + reference + "/debrief-letters").expect(200).body()).isEmpty();
    }

    @Test
    void weightsThatDoNotAddUpOrJudgeOnPriceAloneAreRefusedNamingTheField() {
        Map<String, Object> tender = careAtHome("Price only", 100_000);
        tender.put("weights", Map.of("quality", 0, "price", 100, "fairWork", 0));
        JsonNode refused = api.post("/api/tenders", tender).expect(400).body();
        assertThat(refused.path("detail").asText()).contains("weights.quality must be more than 0")
                .contains("weights.fairWork must be more than 0");

        tender.put("weights", Map.of("quality", 60, "price", 30, "fairWork", 20));
        assertThat(api.post("/api/tenders", tender).expect(400).body().path("detail").asText())
                .contains("weights must add up to 100 but quality 60 + price 30 + fair work 20 make 110");

        tender.put("weights", Map.of("quality", 70, "price", 20, "fairWork", 10));
        tender.put("coProduction", List.of(Map.of("who", "PROVIDERS", "how", "Provider forum")));
        assertThat(api.post("/api/tenders", tender).expect(400).body().path("errors").get(0).path("field").asText())
                .isEqualTo("coProduction");
    }

    private String create(Map<String, Object> tender) {
        return api.post("/api/tenders", tender, "morag.fraser").expect(201).body().path("reference").asText();
    }

    private JsonNode awaitStatus(String reference, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/tenders/" + reference).expect(200).body(),
                body -> body.path("status").asText().equals(status));
    }

    private void awaitContractNotice(String reference) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/tenders/" + reference).expect(200).body()
                .path("contractNoticeId").asText(), "PCS-F21-0001"::equals);
    }

    private void interested(String reference, String provider, String name) {
        api.post("/api/opportunities/" + reference + "/interest", Map.of("providerReference", provider,
                "providerName", name, "contactEmail", "bids@" + provider.toLowerCase() + ".example.org"))
                .expect(204);
    }

    private long ask(String reference, String provider, String question) {
        return api.post("/api/opportunities/" + reference + "/clarifications", Map.of("providerReference", provider,
                "question", question)).expect(201).body().path("id").asLong();
    }

    private void answer(String reference, long clarificationId, String answer) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/tenders/" + reference + "/clarifications/"
                + clarificationId + "/answer", Map.of("answer", answer), "morag.fraser").status() == 200);
    }
}
