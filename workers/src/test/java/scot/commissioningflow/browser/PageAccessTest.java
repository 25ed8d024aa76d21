package scot.commissioningflow.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * The portal pages' rows of the access matrix ({@code access/pages.csv}), each against a record of the situation it
 * names, asked for as a browser asks for a page. A page refused is a 403 error page in words; a page asked for by
 * nobody signed in sends the browser to the sign-in page.
 */
class PageAccessTest extends JourneyTest {

    private static final Map<String, String> SITUATIONS = new HashMap<>();

    @Value("${local.server.port}")
    int port;

    @Autowired
    private CamundaClient client;

    @Autowired
    private ContractDocuments documents;

    @Autowired
    private ContractRegister register;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PlatformTransactionManager transactions;

    static Stream<Row> rows() {
        return AccessMatrix.rows("pages").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) throws Exception {
        String path = row.situation().equals("-") ? row.path() : withRecords(row.path(), situation(row.situation()));
        HttpResponse<String> page = AccessMatrix.page(port, row.who(), row.method(), path);

        if (row.expect() == Expect.SIGN_IN) {
            assertThat(page.statusCode()).as(row.toString()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(row.toString()).endsWith("/login");
        } else {
            assertThat(AccessMatrix.complaint(row, page.statusCode())).isNull();
            assertThat(page.statusCode()).as(row + ": an allowed page is shown, or says why not now").isIn(200, 302,
                    403, 409);
        }
        if (row.expect() == Expect.REFUSED) {
            assertThat(page.body()).as(row + ": the refusal is a page in words").contains("You cannot see or do this");
        }
    }

    @Test
    void aTaskPageRefusedForItsRecordSaysWhoseTaskItIs() throws Exception {
        String taskKey = situation("procurement-officers-task");
        HttpResponse<String> page = page("social-worker", "/inbox/" + taskKey);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("waits for procurement officers; only they can see or complete it.");
    }

    @Test
    void anotherPersonsFundIsNotFoundForThemAndAnotherCouncilsTenderIsRefusedInWords() throws Exception {
        HttpResponse<String> fund = page("other-supported-person", "/isfs/" + situation("persons-isf"));
        assertThat(fund.statusCode()).isEqualTo(404);
        assertThat(fund.body()).contains("Page not found");

        HttpResponse<String> tender = page("other-council-commissioner", "/tenders/" + situation("council-tender"));
        assertThat(tender.statusCode()).isEqualTo(403);
        assertThat(tender.body()).contains("Only staff of DEMO-HSCP, the buyer of tender");
    }

    @Test
    void aProviderNeverSeesACarePackageItWasNotSentNorAnotherProvidersMemberships() throws Exception {
        HttpResponse<String> carePackage = page("other-provider", "/care-packages/"
                + situation("invited-care-package"));
        assertThat(carePackage.statusCode()).isEqualTo(404);
        assertThat(carePackage.body()).contains("that you can see");
        assertThat(page("other-provider", "/care-packages").body()).doesNotContain(situation("invited-care-package"));
        assertThat(page("other-provider", "/frameworks/memberships").body()).doesNotContain("Own Care");
    }

    @Test
    void anotherProvidersGrantIsAPageNotFoundInWordsAsIfItDidNotExist() throws Exception {
        String grant = situation("collaboration-grant").split("\\|")[0];
        HttpResponse<String> page = page("other-provider", "/collaboration/grants/" + grant);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("There is no grant " + grant
                + " that you can see.");
    }

    @Test
    void aTaskThatDoesNotExistIsAPageNotFoundInWords() throws Exception {
        HttpResponse<String> page = page("procurement-officer", "/inbox/42");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("There is no task 42.");
    }

    private HttpResponse<String> page(String who, String path) {
        return AccessMatrix.page(port, who, HttpMethod.GET, path);
    }

    /** The path with its variables filled in order by the situation's records ("a|b" for a path naming two). */
    private static String withRecords(String path, String records) {
        String filled = path;
        for (String record : records.split("\\|")) {
            filled = filled.replaceFirst("\\{[a-zA-Z]+}", record);
        }
        return filled.replaceAll("\\{[a-zA-Z]+}", records);
    }

    /** The record a situation names, made once per test JVM. */
    private String situation(String situation) {
        synchronized (SITUATIONS) {
            return SITUATIONS.computeIfAbsent(situation, name -> switch (name) {
                case "procurement-officers-task" -> String.valueOf(registrationReview());
                case "council-tender" -> api.as(AccessMatrix.PEOPLE.get("commissioner")).post("/api/tenders",
                        TenderFixtures.careAtHome("Care at home, Assynt (page access)", 250_000)).expect(201).body()
                        .path("reference").asText();
                case "persons-isf" -> api.as(AccessMatrix.PEOPLE.get("social-worker")).post("/api/isfs", Map.of(
                        "personName", "Supported Person", "personUserId", "supported-person",
                        "personEmail", "person@example.org", "councilName", "Demo Partnership",
                        "socialWorkerName", "Social Worker", "socialWorkerEmail", "sw@demo.example",
                        "outcomes", List.of("Keep my allotment"), "indicativeAnnualBudget", 9000,
                        "weeklyHours", 6)).expect(201).body().path("reference").asText();
                // A reference no record has: the page says it is not found, to those its rule lets ask.
                case "unknown-reference" -> "NO-SUCH-RECORD";
                case "reference-dataset" -> "pay-rates";
                case "council-tender-question" -> councilTenderQuestion();
                case "council-tender-past-deadline" -> councilTenderPastDeadline();
                case "registered-contract" -> registeredContract("Care at home, Nairn (page access)");
                case "providers-contract" -> providersContract();
                case "monitored-contract" -> monitoredContract();
                case "live-framework" -> LotFixture.liveFramework(jdbc, referenceData, transactions).frameworkReference;
                case "invited-care-package" -> invitedCarePackage();
                case "council-call-off" -> councilCallOff();
                case "invited-mini-competition" -> invitedMiniCompetition();
                case "collaboration-round" -> collaborationRound();
                case "collaboration-application" -> api.as(AccessMatrix.PEOPLE.get("provider")).post(
                        "/api/collaboration/rounds/" + situation("collaboration-round") + "/applications",
                        jointApplication()).expect(201).body().path("reference").asText();
                case "collaboration-grant" -> collaborationGrant();
                default -> throw new IllegalArgumentException("pages.csv names a situation this test does not set "
                        + "up: " + name);
            });
        }
    }

    /** A tender of the council (its own, so that no other row's tender is touched) with a question asked on it. */
    private String councilTenderQuestion() {
        String reference = openCouncilTender("Care at home, Ardersier (page access)");
        api.as(AccessMatrix.PEOPLE.get("provider")).post("/api/opportunities/" + reference + "/interest", Map.of(
                "providerReference", AccessMatrix.OWN_PROVIDER, "providerName", "Own Provider",
                "contactEmail", "bids@own.example")).expect(204);
        long id = api.as(AccessMatrix.PEOPLE.get("provider")).post("/api/opportunities/" + reference
                + "/clarifications", Map.of("providerReference", AccessMatrix.OWN_PROVIDER,
                        "question", "Are sleepovers included?")).expect(201).body().path("id").asLong();
        return reference + "|" + id;
    }

    /** A tender of the council past its response deadline (the engine's clock moved on), its responses unsealed. */
    private String councilTenderPastDeadline() {
        String reference = openCouncilTender("Care at home, Cawdor (page access)");
        engine.passTime(Duration.ofDays(36));
        await().atMost(EngineHarness.PATIENCE).until(() -> status(reference),
                status -> !status.equals("OPEN_FOR_RESPONSES"));
        return reference;
    }

    private String openCouncilTender(String title) {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-P-1\"}")));
        String reference = api.as(AccessMatrix.PEOPLE.get("commissioner")).post("/api/tenders",
                TenderFixtures.careAtHome(title, 250_000)).expect(201).body().path("reference").asText();
        await().atMost(EngineHarness.PATIENCE).until(() -> status(reference), "OPEN_FOR_RESPONSES"::equals);
        return reference;
    }

    private String status(String reference) {
        return api.as(AccessMatrix.PEOPLE.get("commissioner")).get("/api/tenders/" + reference).expect(200).body()
                .path("status").asText();
    }

    /** A contract document the own provider and council are to sign, waiting for their signatures. */
    /** The own provider's contract in the register, live from the start of 2026. */
    private String registeredContract(String title) {
        return register.register(new ContractEntry("CON-PAGES-" + System.nanoTime(), ContractKind.OUTCOMES_BASED,
                title, AccessMatrix.OWN_PROVIDER, "Own Provider", AccessMatrix.OWN_COUNCIL, LocalDate.of(2026, 1, 1),
                LocalDate.of(2099, 12, 31), new BigDecimal("100000.00"), new BigDecimal("27.50"), List.of(), null))
                .contract().reference();
    }

    /** A contract of the own provider once monitoring has taken it in (going live in the register starts it). */
    private String monitoredContract() {
        String reference = registeredContract("Supported living, Ardersier (page access)");
        await().atMost(EngineHarness.PATIENCE).until(() -> api.as("officer.pages", AccessMatrix.OWN_COUNCIL,
                Role.PROCUREMENT_OFFICER).get("/api/monitoring/contracts/" + reference).status() == 200);
        return reference;
    }

    private String providersContract() {
        String reference = "CON-PAGES-SIGN-" + System.nanoTime();
        ContractRequest request = new ContractRequest(reference, "contract-variation.docx", Map.of(
                "variationReference", "V-PAGES", "contractReference", "DEMO-CAH-2026-009",
                "contractTitle", "Care at home in Nairn", "commissioner", "Demo Partnership",
                "providerName", "Own Provider", "effectiveFrom", "2026-04-01",
                "reason", "The pay floor rose.", "changes", List.of(Map.of("term", "Hourly rate",
                        "before", "£12.60", "after", "£13.45"))),
                List.of(new SignatoryRequest("provider", "Own Provider", "bids@own.example",
                                Signer.provider(AccessMatrix.OWN_PROVIDER)),
                        new SignatoryRequest("council", "Own Council", "contracts@own.example",
                                Signer.council(AccessMatrix.OWN_COUNCIL))), 14);
        client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request)).send().join();
        await().atMost(EngineHarness.PATIENCE).ignoreExceptions()
                .until(() -> documents.get(reference).status() == SigningStatus.AWAITING_SIGNATURES);
        return reference;
    }

    /** A care package the own council's social worker posted, sent to the own provider (the lot's one member). */
    private String invitedCarePackage() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admitAs(AccessMatrix.OWN_PROVIDER, "Own Care", LotFixture.AREA, 5, "80.00", "26.00", null);
        Map<String, Object> carePackage = new HashMap<>(Map.of("frameworkReference", lot.frameworkReference,
                "lotNumber", 1, "councilArea", LotFixture.AREA, "personName", "Supported Person",
                "personUserId", "supported-person", "personEmail", "person@example.org", "weeklyHours", 10,
                "supportTimes", "Mornings", "needs", "Getting up", "outcomesInOwnWords", "Keep my allotment"));
        carePackage.putAll(Map.of("startDate", java.time.LocalDate.now().plusDays(30).toString(),
                "socialWorkerName", "Social Worker", "socialWorkerEmail", "sw@demo.example",
                "participants", List.of(Map.of("who", "SUPPORTED_PERSON", "how", "Said what they want"))));
        String reference = api.as(AccessMatrix.PEOPLE.get("social-worker")).post("/api/care-packages", carePackage)
                .expect(201).body().path("reference").asText();
        org.awaitility.Awaitility.await().atMost(scot.commissioningflow.journey.EngineHarness.PATIENCE).until(() ->
                api.as(AccessMatrix.PEOPLE.get("provider")).get("/api/care-packages/" + reference).status() == 200);
        return reference;
    }

    /** A direct award the own council's commissioner called off from a live lot. */
    private String councilCallOff() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Call-off Care", 5, "80.00", "26.00", null);
        return callOff(lot, Map.of("method", "WITHOUT_REOPENING_COMPETITION", "directBasis", "FRAMEWORK_RANKING"));
    }

    /** A mini-competition of the council open for responses, with the own provider among the members invited. */
    private String invitedMiniCompetition() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admitAs(AccessMatrix.OWN_PROVIDER, "Own Care", LotFixture.AREA, 5, "80.00", "26.00", null);
        String reference = callOff(lot, Map.of("method", "WITH_REOPENING_COMPETITION", "responseDays", 5));
        await().atMost(EngineHarness.PATIENCE).until(() -> api.as(AccessMatrix.PEOPLE.get("commissioner"))
                .get("/api/call-offs/" + reference).expect(200).body().path("status").asText(),
                status -> status.equals("OPEN_FOR_RESPONSES"));
        return reference;
    }

    private String callOff(LotFixture lot, Map<String, Object> method) {
        Map<String, Object> callOff = new HashMap<>(Map.of("frameworkReference", lot.frameworkReference,
                "lotNumber", 1, "title", "Care at home (page access)", "serviceDescription", "Morning visits",
                "commissioningBody", "Demo Partnership", "commissionerName", "Commissioner",
                "commissionerEmail", "commissioner@demo.example", "peopleInvolved",
                "Two people read the specification"));
        callOff.putAll(method);
        callOff.putAll(Map.of("estimatedValueExVat", 50_000, "estimatedValueIncVat", 50_000,
                "startDate", java.time.LocalDate.now().plusMonths(2).toString(),
                "endDate", java.time.LocalDate.now().plusMonths(26).toString(),
                "outcomes", List.of(Map.of("outcome", "People stay at home", "indicator", "Moves into care")),
                "monitoringArrangements", "Quarterly reviews"));
        return api.as(AccessMatrix.PEOPLE.get("commissioner")).post("/api/call-offs", callOff).expect(201).body()
                .path("reference").asText();
    }

    /** A collaboration funding round the own council opened, open for applications, with panel-member on its panel. */
    private String collaborationRound() {
        Map<String, Object> round = new HashMap<>(Map.of("title", "Page access round", "purpose", "Checking pages.",
                "funderName", "Demo Partnership", "funderSignatory", "Commissioner",
                "funderEmail", "commissioner@demo.example", "budget", 100_000,
                "opensOn", java.time.LocalDate.now().toString(),
                "closesOn", java.time.LocalDate.now().plusDays(30).toString(),
                "criteria", List.of(Map.of("name", "Co-production", "weight", 100, "guidance", "Who led."))));
        round.putAll(Map.of("eligibility", Map.of("notForProfit", true, "scottishBase", true, "accountsFiled", true),
                "panelMembers", List.of("panel-member"), "reportReminderDays", 14, "reportGraceDays", 28));
        var commissioner = api.as(AccessMatrix.PEOPLE.get("commissioner"));
        String reference = commissioner.post("/api/collaboration/rounds", round).expect(201).body()
                .path("reference").asText();
        org.awaitility.Awaitility.await().atMost(scot.commissioningflow.journey.EngineHarness.PATIENCE).until(() ->
                commissioner.get("/api/collaboration/rounds/" + reference).body().path("status").asText(),
                "OPEN"::equals);
        return reference;
    }

    /**
     * A signed grant on a joint application of its own that the own provider leads, in the own council's round, with
     * its first milestone ("reference|1"). Written straight into the database: making one through the round's
     * process needs the panel and the clock moved past the round's close, which would move every other row's clock.
     */
    private String collaborationGrant() {
        String application = api.as(AccessMatrix.PEOPLE.get("provider")).post("/api/collaboration/rounds/"
                + situation("collaboration-round") + "/applications", jointApplication()).expect(201).body()
                .path("reference").asText();
        String grant = application.replace("CFA-", "CFG-");
        committed(() -> jdbc.update("insert into collaboration_grant (reference, application_reference, "
                + "round_reference, lead_provider, amount, conditions, status, paid, spent, awarded_at) values (?, ?, "
                + "?, ?, 1000, 'Reports on time.', 'SIGNED', 1000, 0, current_timestamp(6))", grant, application,
                situation("collaboration-round"), AccessMatrix.OWN_PROVIDER));
        return grant + "|1";
    }

    /** A joint application the own provider leads with one partner. */
    private static Map<String, Object> jointApplication() {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Page access application",
                "lead", Map.of("name", "Own Provider", "email", "own@provider.example", "registerKind", "CHARITY",
                        "registerNumber", "SC000001", "part", "We lead."),
                "partners", List.of(Map.of("providerReference", "PRV-PAGES-B", "name", "Pages Partner", "email",
                        "partner@pages.example", "registerKind", "CHARITY", "registerNumber", "SC000002", "part",
                        "We support.")),
                "whoUsesSupport", "People who use support shaped it.",
                "peopleInvolved", List.of(Map.of("who", "SUPPORTED_PEOPLE", "howMany", 3, "how", "Workshops")),
                "outcomes", List.of("People are heard")));
        body.putAll(Map.of("budget", List.of(Map.of("line", "Workshops", "partner", AccessMatrix.OWN_PROVIDER,
                        "amount", 1000)),
                "milestones", List.of(Map.of("name", "Done", "reportDueOn", java.time.LocalDate.now().plusDays(90)
                        .toString(), "payment", 1000)),
                "fairWorkDeclaration", scot.commissioningflow.fairwork.Declarations.meetingEverything(13.45)));
        return body;
    }

    /** A provider registration's review, waiting for the procurement officers. */
    private long registrationReview() {
        String serviceNumber = "CS20" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber)).willReturn(okJson(
                "{\"serviceNumber\": \"" + serviceNumber + "\", \"name\": \"Glen Access Care\", \"status\": "
                        + "\"Active\", \"grades\": {\"wellbeing\": 4}}")));
        String reference = api.as("officer.pages", AccessMatrix.OWN_COUNCIL, Role.PROCUREMENT_OFFICER)
                .post("/api/providers", Map.of("name", "Glen Access Care", "organisationType", "THIRD_SECTOR",
                        "sme", true, "careInspectorateNumber", serviceNumber, "contactEmail", "hello@glen.example"))
                .expect(202).body().path("reference").asText();
        return awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION).taskKey();
    }
}
