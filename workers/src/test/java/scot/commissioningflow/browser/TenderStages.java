package scot.commissioningflow.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;

/**
 * Brings a demo council's tender to the stage a browser journey starts from, through the API as the people before
 * them would: recorded by the demo commissioner, responded to by two providers, past its deadline, scored.
 */
final class TenderStages {

    static final String COUNCIL = "DEMO-HSCP";
    private static final Duration PAST_RESPONSE_DEADLINE = Duration.ofDays(36);

    private final Api api;
    private final EngineHarness engine;
    private final TaskInbox inbox;

    /** @param notices where the tender's notices are published (Public Contracts Scotland, stubbed) */
    TenderStages(Api api, EngineHarness engine, TaskInbox inbox, WireMockServer notices) {
        this.api = api;
        this.engine = engine;
        this.inbox = inbox;
        notices.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-PORTAL-1\"}")));
    }

    Api.SignedIn commissioner() {
        return api.as("aileen.commissioner", COUNCIL, Role.COMMISSIONER);
    }

    Api.SignedIn provider(String providerReference) {
        return api.as(providerReference.toLowerCase(), providerReference, Role.PROVIDER_USER);
    }

    /** A tender the demo commissioner records with these evaluators, once it is open for responses. */
    String open(String title, List<String> evaluators) {
        Map<String, Object> tender = new HashMap<>(TenderFixtures.careAtHome(title, 420_000));
        tender.put("evaluators", evaluators);
        String reference = commissioner().post("/api/tenders", tender).expect(201).body().path("reference").asText();
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/" + reference)
                .expect(200).body().path("status").asText(), "OPEN_FOR_RESPONSES"::equals);
        return reference;
    }

    long respond(String reference, String providerReference, String name, long price, double rate) {
        return provider(providerReference).post("/api/opportunities/" + reference + "/responses",
                TenderFixtures.response(providerReference, name, price, rate, TenderFixtures.fairWorkDeclaration(13.45)))
                .expect(201).body().path("responseId").asLong();
    }

    /** Moves the engine's clock past the response deadline of a tender opened now. */
    void passDeadline() {
        engine.passTime(PAST_RESPONSE_DEADLINE);
    }

    /** Moves the engine's clock past the deadline and waits for this evaluator's scoring task. */
    void passDeadlineUntilScoredBy(String reference, String evaluator) {
        passDeadline();
        await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(new TaskQuery(TaskStatus.OPEN, null,
                reference, null, TenderProcess.SCORE_RESPONSES, evaluator)), tasks -> !tasks.isEmpty());
    }

    /** The evaluator's marks for each response, given as response id to quality and fair work marks. */
    void score(String reference, String evaluator, Map<Long, int[]> marks) {
        api.as(evaluator, COUNCIL, Role.EVALUATOR).post("/api/tenders/" + reference + "/evaluations",
                Map.of("scores", sheet(marks))).expect(200);
    }

    /** The procurement officer's consensus, once moderation waits; then the award waits for the commissioner. */
    void moderate(String reference, Map<Long, int[]> marks) {
        awaitTask(reference, TenderProcess.MODERATE_SCORES);
        api.as("morag.procurement", COUNCIL, Role.PROCUREMENT_OFFICER).post("/api/tenders/" + reference
                + "/moderation", Map.of("moderationNotes", "Agreed at the panel meeting.", "scores", sheet(marks)))
                .expect(200);
        awaitTask(reference, TenderProcess.DECIDE_AWARD);
    }

    private void awaitTask(String reference, String elementId) {
        await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(TaskQuery.open().forBusinessKey(reference)
                .atElement(elementId)), tasks -> !tasks.isEmpty());
    }

    private static List<Map<String, Object>> sheet(Map<Long, int[]> marks) {
        return marks.entrySet().stream().map(mark -> Map.<String, Object>of("responseId", mark.getKey(),
                "quality", mark.getValue()[0], "fairWork", mark.getValue()[1],
                "comments", "Judged against the outcomes and the fair work question.")).toList();
    }
}
