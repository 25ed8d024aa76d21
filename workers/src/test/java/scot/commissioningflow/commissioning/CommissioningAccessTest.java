package scot.commissioningflow.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.commissioning.TenderFixtures.careAtHome;
import static scot.commissioningflow.commissioning.TenderFixtures.fairWorkDeclaration;
import static scot.commissioningflow.commissioning.TenderFixtures.response;
import static scot.commissioningflow.journey.AccessMatrix.OTHER_PROVIDER;
import static scot.commissioningflow.journey.AccessMatrix.OWN_PROVIDER;
import static scot.commissioningflow.journey.AccessMatrix.PEOPLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The commissioning rows of the access matrix, run against real tenders: one of the commissioner's own council open
 * for responses, one whose deadline has passed with responses from two providers, and one another council is buying.
 * Beside the rows: what a provider reads is only its own, and a refusal is kept in the audit trail.
 */
class CommissioningAccessTest extends JourneyTest {

    private static final Duration PAST_RESPONSE_DEADLINE = Duration.ofDays(36);

    /** The tenders each situation names, made once for the class (the rows share them). */
    private record Situations(String open, long clarificationId, String closed, String otherCouncils) {
    }

    private static Situations situations;

    @Autowired
    private AuditTrail trail;

    static Stream<Row> rows() {
        return AccessMatrix.rows("commissioning").stream();
    }

    @BeforeAll
    static void publicContractsScotlandAcceptsNotices() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices"))
                .willReturn(okJson("{\"noticeId\": \"PCS-F21-0002\"}")));
    }

    @BeforeEach
    void setUpTheSituationsOnce() {
        if (situations != null) {
            return;
        }
        // The deadline of the closed tender passes first, so that the tenders opened after it stay open.
        String closed = openTender("commissioner", "Care at home, Lochaber");
        as("provider").post(opportunity(closed, "responses"), response(OWN_PROVIDER, "Own Care", 400_000, 27.5,
                fairWorkDeclaration(13.45))).expect(201);
        as("other-provider").post(opportunity(closed, "responses"), response(OTHER_PROVIDER, "Other Care", 380_000,
                26.0, fairWorkDeclaration(13.45))).expect(201);
        engine.passTime(PAST_RESPONSE_DEADLINE);
        awaitStatus("commissioner", closed, "EVALUATING");

        String open = openTender("commissioner", "Care at home, Caithness");
        for (String provider : List.of("provider", "other-provider")) {
            String reference = PEOPLE.get(provider).organisation();
            as(provider).post(opportunity(open, "interest"), Map.of("providerReference", reference,
                    "providerName", provider, "contactEmail", provider + "@example.org")).expect(204);
        }
        long clarificationId = as("provider").post(opportunity(open, "clarifications"), Map.of("providerReference",
                OWN_PROVIDER, "question", "May a consortium respond?")).expect(201).body().path("id").asLong();
        situations = new Situations(open, clarificationId, closed,
                openTender("other-council-commissioner", "Care at home, Fife"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String reference = switch (row.situation()) {
            case "after-deadline" -> situations.closed();
            case "other-council" -> situations.otherCouncils();
            case "-", "before-deadline" -> situations.open();
            default -> throw new IllegalArgumentException("No situation called " + row.situation());
        };
        String path = row.path().replace("{reference}", reference)
                .replace("{id}", String.valueOf(situations.clarificationId()));
        int status = AccessMatrix.call(api, row, path, body(row.endpoint())).status();
        assertThat(AccessMatrix.complaint(row, status)).isNull();
    }

    @Test
    void aProviderReadsOnlyItsOwnResponseOnceTheDeadlineHasPassed() {
        JsonNode own = as("provider").get("/api/tenders/" + situations.closed() + "/responses").expect(200).body();
        assertThat(own.findValuesAsText("providerReference")).containsExactly(OWN_PROVIDER);
        JsonNode every = as("commissioner").get("/api/tenders/" + situations.closed() + "/responses").expect(200)
                .body();
        assertThat(every.findValuesAsText("providerReference")).containsExactlyInAnyOrder(OWN_PROVIDER,
                OTHER_PROVIDER);
    }

    @Test
    void aProviderSeesItsOwnQuestionsAndTheAnswersSharedWithItButNotWhoElseWasTold() {
        String clarifications = "/api/tenders/" + situations.open() + "/clarifications";
        String answer = clarifications + "/" + situations.clarificationId() + "/answer";
        await().atMost(EngineHarness.PATIENCE).until(() -> as("commissioner").post(answer, Map.of("answer",
                "Yes, with a lead provider named.")), r -> r.status() == 200
                || r.body().path("detail").asText().contains("already been answered"));
        await().atMost(EngineHarness.PATIENCE).until(() -> as("commissioner").get(clarifications).expect(200).body(),
                all -> all.toString().contains(OTHER_PROVIDER));

        JsonNode others = as("other-provider").get(clarifications).expect(200).body();
        assertThat(others.findValuesAsText("question")).containsExactly("May a consortium respond?");
        assertThat(others.get(0).path("sharedWith").toString()).isEqualTo("[\"" + OTHER_PROVIDER + "\"]");
        JsonNode own = as("provider").get(clarifications).expect(200).body();
        assertThat(own.findValuesAsText("question")).contains("May a consortium respond?");
        assertThat(own.toString()).doesNotContain(OTHER_PROVIDER);
    }

    @Test
    void aRivalRespondingInAnotherProvidersNameIsRefusedAndTheRefusalIsInTheTrail() {
        String path = opportunity(situations.open(), "responses");
        JsonNode refused = as("other-provider").post(path, response(OWN_PROVIDER, "Own Care", 1, 1.0,
                fairWorkDeclaration(13.45))).expect(403).body();
        assertThat(refused.path("detail").asText()).isEqualTo("Only a user of provider " + OWN_PROVIDER
                + " may respond to " + situations.open() + " for it; you sign in for " + OTHER_PROVIDER + ".");

        JsonNode trailed = as("administrator").get("/api/audit?action=access.refused&who=other-provider").expect(200)
                .body().path("content");
        assertThat(trailed.findValuesAsText("subjectReference")).contains("POST " + path);
        assertThat(trailed.findValuesAsText("why")).contains(refused.path("detail").asText());
    }

    @Test
    void theTrailKeepsTheRouteWithItsThresholdsAndEachResponseAsItArrivedAndWasOpened() {
        List<AuditedDecision> decisions = trail.search("tender", situations.closed(), null, null, 0, 50)
                .getContent();
        assertThat(decisions).extracting(AuditedDecision::action).contains("tender.created", "tender.route-chosen",
                "tender.response-received", "tender.responses-opened");
        AuditedDecision route = decisions.stream().filter(d -> d.action().equals("tender.route-chosen"))
                .findFirst().orElseThrow();
        assertThat(route.who()).isEqualTo("system:procurement-route");
        assertThat(route.why()).contains("against the thresholds in force: regulated")
                .contains("Tender started by commissioner");
        assertThat(route.processInstanceKey()).isNotNull();
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.response-received"))
                .extracting(AuditedDecision::who).containsExactlyInAnyOrder("provider", "other-provider");
        assertThat(decisions).filteredOn(d -> d.action().equals("tender.created"))
                .extracting(AuditedDecision::who).containsExactly("commissioner");
    }

    /** A body each endpoint accepts as typed, naming the provider's own organisation where it names one. */
    private static Object body(String endpoint) {
        return switch (endpoint) {
            case "POST /api/tenders" -> careAtHome("Care at home, Sutherland", 420_000);
            case "POST /api/opportunities/{reference}/responses" -> response(OWN_PROVIDER, "Own Care", 400_000,
                    27.5, fairWorkDeclaration(13.45));
            case "POST /api/opportunities/{reference}/interest" -> Map.of("providerReference", OWN_PROVIDER,
                    "providerName", "Own Care", "contactEmail", "bids@own.example.org");
            case "POST /api/opportunities/{reference}/clarifications" -> Map.of("providerReference", OWN_PROVIDER,
                    "question", "Are sleepovers part of the service?");
            case "POST /api/opportunities/{reference}/challenges" -> Map.of("providerReference", OWN_PROVIDER,
                    "grounds", "The price scores were computed on the wrong total.");
            case "POST /api/tenders/{reference}/clarifications/{id}/answer" -> Map.of("answer",
                    "Yes, with a lead provider named.");
            case "POST /api/tenders/{reference}/evaluations", "POST /api/tenders/{reference}/moderation" -> Map.of(
                    "moderationNotes", "Agreed after discussion.", "scores", List.of(Map.of("responseId", 1,
                            "quality", 80, "fairWork", 70, "comments", "Judged against the outcomes.")));
            case "POST /api/tenders/{reference}/award-decision" -> Map.of("approve", true, "rationale",
                    "Highest score on quality and outcomes.");
            default -> null;
        };
    }

    private Api.SignedIn as(String who) {
        return api.as(PEOPLE.get(who));
    }

    private String openTender(String commissioner, String title) {
        String reference = as(commissioner).post("/api/tenders", careAtHome(title, 420_000)).expect(201).body()
                .path("reference").asText();
        awaitStatus(commissioner, reference, "OPEN_FOR_RESPONSES");
        return reference;
    }

    private void awaitStatus(String buyersCommissioner, String reference, String status) {
        await().atMost(EngineHarness.PATIENCE).until(() -> as(buyersCommissioner).get("/api/tenders/" + reference)
                .expect(200).body().path("status").asText(), status::equals);
    }

    private static String opportunity(String reference, String what) {
        return "/api/opportunities/" + reference + "/" + what;
    }
}
