package scot.commissioningflow.operations.resumption;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.providers.ProviderRegistrationProcess;

/**
 * Kills the application with SIGKILL in the middle of a provider registration, an individual service fund and two
 * tenders (one open for responses, one in standstill), starts it again, and drives each to its end over HTTP, signed
 * in with the README's demo accounts.
 *
 * <p>The application runs as a process of its own ({@link ApplicationWithEngineClock}), so that the kill is a real
 * one and the shared test context is untouched. Its database is a schema of its own, created and dropped here: on the
 * server at {@code CF_TEST_DATABASE_URL}, or else the embedded MariaDB in a folder of its own under target/.
 */
class RestartMidJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Seconds on a quiet machine; nearly three minutes was seen with eight builds sharing two cores. */
    private static final Duration START_UP = Duration.ofMinutes(6);
    private static final String READY = "Commissioning Flow ready at";
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+)/([^?]*)(\\?.*)?$");

    private static final String OFFICER = "morag.procurement:heather-procurement-31";
    private static final String COMMISSIONER = "aileen.commissioner:thistle-commissioner-58";
    private static final String EVALUATOR = "ewan.evaluator:bothy-evaluator-76";
    private static final String PROVIDER = "pat.provider:ferry-provider-93";
    private static final String SOCIAL_WORKER = "sandra.socialworker:glen-socialworker-47";
    private static final String PERSON = "seonaid.person:machair-person-62";
    private static final String DEMO_PROVIDER = "PRV-DEMO0001";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path folder = Path.of("target", "restart-mid-journey");
    private final WireMockServer externalServices = new WireMockServer(wireMockConfig().dynamicPort());
    private final List<String> arguments = new ArrayList<>();

    private String serverUrl;
    private String schema;
    private int port;
    private Process application;
    private Writer engineClock;
    private int runs;

    @BeforeEach
    void ownDatabaseAndServices() throws Exception {
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        externalServices.start();
        externalServices.stubFor(post(urlEqualTo("/notifications/messages")).willReturn(aResponse().withStatus(202)));
        externalServices.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-R-1\"}")));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        arguments.addAll(List.of("--server.port=" + port, "--commissioning.engine.port=0",
                "--commissioning.care-inspectorate.base-url=" + externalServices.baseUrl() + "/care-inspectorate",
                "--commissioning.notifications.base-url=" + externalServices.baseUrl() + "/notifications",
                "--commissioning.public-contracts-scotland.base-url=" + externalServices.baseUrl() + "/pcs",
                // As in the tests' profile: a job created before its worker's stream opened waits for this poll.
                "--camunda.client.worker.defaults.poll-interval=PT5S",
                // As in the tests' profile: no trial data, so the records resumed are this journey's alone.
                "--commissioning.trial.seed-data=false"));
        String testDatabase = System.getenv("CF_TEST_DATABASE_URL");
        if (testDatabase == null || testDatabase.isBlank()) {
            arguments.addAll(List.of("--commissioning.database.port=0",
                    "--commissioning.database.data-dir=" + folder.resolve("mariadb")));
            return;
        }
        Matcher url = SERVER_URL.matcher(testDatabase);
        assertThat(url.matches()).as("CF_TEST_DATABASE_URL names a server and a database").isTrue();
        serverUrl = url.group(1);
        schema = url.group(2) + "_restarts";
        database("DROP DATABASE IF EXISTS " + schema);
        database("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        arguments.addAll(List.of("--spring.datasource.url=" + serverUrl + "/" + schema,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password()));
    }

    @AfterEach
    void stopAndDrop() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor();
            }
        }
        externalServices.stop();
        if (schema != null) {
            database("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @Test
    void aRegistrationAFundAndTwoTendersKilledMidwayEachFinishAfterTheRestart() throws Exception {
        start();

        // A provider's registration, waiting for an officer's review.
        String serviceNumber = "CS2026000777";
        externalServices.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber)).willReturn(okJson(
                "{\"serviceNumber\": \"" + serviceNumber + "\", \"name\": \"Speyside Supported Living\","
                        + " \"status\": \"Active\", \"grades\": {\"wellbeing\": 5}}")));
        String provider = call("POST", "/api/providers", OFFICER, Map.of("name", "Speyside Supported Living",
                "organisationType", "THIRD_SECTOR", "sme", true, "careInspectorateNumber", serviceNumber,
                "contactEmail", "hello@speyside.example"), 202).path("reference").asText();
        awaitTask(OFFICER, provider, ProviderRegistrationProcess.REVIEW_REGISTRATION);

        // A fund the person has chosen a provider for, waiting for the provider's answer.
        String isf = call("POST", "/api/isfs", SOCIAL_WORKER, newIsf(), 201).path("reference").asText();
        awaitTask(SOCIAL_WORKER, isf, IsfProcess.RECORD_CHOICE);
        call("POST", "/api/isfs/" + isf + "/choice", PERSON, Map.of("providerReference", DEMO_PROVIDER,
                "inOwnWords", "They listened to me.", "helpedBy", "ADVOCATE", "helperName", "Moray Advocacy"), 200);
        awaitStatus("/api/isfs/" + isf, SOCIAL_WORKER, "AWAITING_PROVIDER");

        // A tender in standstill after its award, and another open for responses with one response in; the engine's
        // clock has moved a month for the first, and both wait for dates the tenders store.
        Tender awarded = openWithOneResponse("Care at home, Strathspey");
        passEngineTime(Duration.ofDays(36));
        evaluateAndAward(awarded);
        String standstillEndsAt = awaitStatus("/api/tenders/" + awarded.reference() + "/award", COMMISSIONER, null)
                .path("standstillEndsAt").asText();
        awaitStatus("/api/tenders/" + awarded.reference(), COMMISSIONER, "STANDSTILL");
        Tender open = openWithOneResponse("Care at home, Badenoch");
        String deadline = call("GET", "/api/tenders/" + open.reference(), COMMISSIONER, null, 200)
                .path("responseDeadline").asText();

        application.destroyForcibly().waitFor();
        start();

        JsonNode resumptions = call("GET", "/api/resumptions", OFFICER, null, 200);
        assertThat(resumptions.findValuesAsText("reference")).containsExactlyInAnyOrder(provider, isf,
                awarded.reference(), open.reference());
        assertThat(resumptions.findValuesAsText("outcome")).containsOnly("RESUMED");

        long review = awaitTask(OFFICER, provider, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        call("POST", "/api/tasks/" + review + "/complete", OFFICER, Map.of("decision", "admit",
                "decisionNotes", "Registered and graded good."), 200);
        awaitStatus("/api/providers/" + provider, OFFICER, "ADMITTED");

        awaitTask(PROVIDER, isf, IsfProcess.PROVIDER_ACCEPTANCE);
        Map<String, Object> answer = new HashMap<>(Declarations.asFormFields(13.45, null));
        answer.put("accepted", true);
        answer.put("notes", "We can start straight away.");
        call("POST", "/api/isfs/" + isf + "/provider-answer", PROVIDER, answer, 200);
        String agreement = isf + "-A1";
        String agreementSha = awaitStatus("/api/contracts/" + agreement, SOCIAL_WORKER, "AWAITING_SIGNATURES")
                .path("documentSha256").asText();
        sign(agreement, PERSON, "supported-person", "Seònaid NicLeòid", agreementSha);
        sign(agreement, PROVIDER, "provider", "Pat Provider", agreementSha);
        sign(agreement, SOCIAL_WORKER, "council", "Sandra Social Worker", agreementSha);
        awaitStatus("/api/isfs/" + isf, SOCIAL_WORKER, "ACTIVE");

        // The new engine's clock starts from today again: the stored dates are still ahead, and both timers fire when
        // the clock passes them, not before.
        assertThat(call("GET", "/api/tenders/" + open.reference(), COMMISSIONER, null, 200).path("responseDeadline")
                .asText()).isEqualTo(deadline);
        assertThat(call("GET", "/api/tenders/" + awarded.reference(), COMMISSIONER, null, 200).path("status")
                .asText()).isEqualTo("STANDSTILL");
        passEngineTime(Duration.ofDays(75));
        signContract(awarded);
        assertThat(call("GET", "/api/tenders/" + awarded.reference() + "/award", COMMISSIONER, null, 200)
                .path("standstillEndsAt").asText()).isEqualTo(standstillEndsAt);

        evaluateAndAward(open);
        awaitStatus("/api/tenders/" + open.reference(), COMMISSIONER, "STANDSTILL");
        passEngineTime(Duration.ofDays(16));
        signContract(open);

        assertThat(call("GET", "/api/resumptions?outcome=NOT_RESUMED", OFFICER, null, 200)).isEmpty();
        call("GET", "/api/resumptions?outcome=LOST", OFFICER, null, 400);
        assertThat(call("GET", "/api/incidents", OFFICER, null, 200)).isEmpty();
    }

    private record Tender(String reference, long response) {
    }

    private Tender openWithOneResponse(String title) throws Exception {
        Map<String, Object> need = TenderFixtures.careAtHome(title, 420_000);
        need.put("evaluators", List.of("ewan.evaluator"));
        String tender = call("POST", "/api/tenders", COMMISSIONER, need, 201).path("reference").asText();
        awaitStatus("/api/tenders/" + tender, COMMISSIONER, "OPEN_FOR_RESPONSES");
        long response = call("POST", "/api/opportunities/" + tender + "/responses", PROVIDER,
                TenderFixtures.response(DEMO_PROVIDER, "Demo Care Cooperative", 400_000, 27.5,
                        TenderFixtures.fairWorkDeclaration(13.45)), 201).path("responseId").asLong();
        return new Tender(tender, response);
    }

    /** Once the response deadline has passed: scored, moderated and awarded to the one response. */
    private void evaluateAndAward(Tender tender) throws Exception {
        String reference = tender.reference();
        awaitTask(EVALUATOR, reference, TenderProcess.SCORE_RESPONSES);
        call("POST", "/api/tenders/" + reference + "/evaluations", EVALUATOR, Map.of("scores", List.of(Map.of(
                "responseId", tender.response(), "quality", 80, "fairWork", 70,
                "comments", "Judged against the outcomes and the fair work question."))), 200);
        awaitTask(OFFICER, reference, TenderProcess.MODERATE_SCORES);
        call("POST", "/api/tenders/" + reference + "/moderation", OFFICER, Map.of("moderationNotes",
                "One evaluator; marks confirmed.", "scores", List.of(Map.of("responseId", tender.response(),
                        "quality", 80, "fairWork", 70, "comments", "Confirmed."))), 200);
        awaitTask(COMMISSIONER, reference, TenderProcess.DECIDE_AWARD);
        call("POST", "/api/tenders/" + reference + "/award-decision", COMMISSIONER, Map.of("approve", true,
                "rationale", "The one compliant response meets the outcomes."), 200);
    }

    /** Once standstill has ended: the provider and the commissioner sign, and the contract goes live. */
    private void signContract(Tender tender) throws Exception {
        String contract = tender.reference() + "-C1";
        String sha = awaitStatus("/api/contracts/" + contract, COMMISSIONER, "AWAITING_SIGNATURES")
                .path("documentSha256").asText();
        sign(contract, PROVIDER, "provider", "Pat Provider", sha);
        sign(contract, COMMISSIONER, "commissioner", "Aileen Commissioner", sha);
        awaitStatus("/api/tenders/" + tender.reference(), COMMISSIONER, "CONTRACT_LIVE");
    }

    private Map<String, Object> newIsf() {
        Map<String, Object> request = new HashMap<>();
        request.put("personName", "Seònaid NicLeòid");
        request.put("personUserId", "seonaid.person");
        request.put("personEmail", "seonaid@example.org");
        request.put("councilName", "Moray Council");
        request.put("socialWorkerName", "Sandra Social Worker");
        request.put("socialWorkerEmail", "sandra@moray.example");
        request.put("outcomes", List.of("Get out to the allotment twice a week", "Stay living in my own flat"));
        request.put("indicativeAnnualBudget", 12000);
        request.put("weeklyHours", 10);
        return request;
    }

    /** Starts the application and waits for its ready line; the engine it starts knows no process yet. */
    private void start() throws IOException {
        runs++;
        File log = folder.resolve("run-" + runs + ".log").toFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ApplicationWithEngineClock.class.getName()));
        command.addAll(arguments);
        application = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        engineClock = new OutputStreamWriter(application.getOutputStream(), StandardCharsets.UTF_8);
        await().atMost(START_UP).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(application.isAlive()).as("the application is running; see " + log).isTrue();
            return Files.readString(log.toPath()).contains(READY);
        });
    }

    private void passEngineTime(Duration duration) throws IOException {
        engineClock.write("pass " + duration + "\n");
        engineClock.flush();
    }

    private long awaitTask(String who, String businessKey, String elementId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode task : call("GET", "/api/tasks?businessKey=" + businessKey + "&status=OPEN", who, null,
                    200)) {
                if (task.path("elementId").asText().equals(elementId)) {
                    return task.path("taskKey").asLong();
                }
            }
            return null;
        }, key -> key != null);
    }

    /** Waits for the record at this path to have this status; a null status waits only for it to be there. */
    private JsonNode awaitStatus(String path, String who, String status) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpResponse<String> answer = send("GET", path, who, null);
            return answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
        }, body -> body != null && (status == null || body.path("status").asText().equals(status)));
    }

    private void sign(String contract, String who, String role, String name, String sha) throws Exception {
        call("POST", "/api/contracts/" + contract + "/signatures", who, Map.of("signatoryRole", role,
                "signedBy", name, "documentSha256", sha), 200);
    }

    private JsonNode call(String method, String path, String who, Object body, int expected) throws Exception {
        HttpResponse<String> answer = send(method, path, who, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
    }

    private HttpResponse<String> send(String method, String path, String who, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            who.getBytes(StandardCharsets.UTF_8)))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void database(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl + "/", user(), password());
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String user() {
        String user = System.getenv("CF_TEST_DATABASE_USER");
        return user == null ? "root" : user;
    }

    private static String password() {
        String password = System.getenv("CF_TEST_DATABASE_PASSWORD");
        return password == null ? "" : password;
    }
}
