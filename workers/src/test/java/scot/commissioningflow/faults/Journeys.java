package scot.commissioningflow.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * The three journeys the fault cases run, step by step through the REST API as each party would: a provider
 * registration, an ISF from opening to a spend statement, and a tender from need to live contract. Steps are separate so
 * that a case can put a fault between them; every wait ignores errors, so a step may wait out a database that is
 * coming back.
 */
final class Journeys {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Duration PAST_RESPONSE_DEADLINE = Duration.ofDays(36);
    static final Duration PAST_STANDSTILL = Duration.ofDays(16);

    private static final AtomicInteger SERVICE_NUMBERS = new AtomicInteger(7000);
    private static final String COUNCIL = "MORAY-HSCP";
    private static final String TENDER_COUNCIL = "HIGHLAND-HSCP";

    private final Api api;
    private final TaskInbox inbox;
    private final WireMockServer services;

    Journeys(Api api, TaskInbox inbox, WireMockServer services) {
        this.api = api;
        this.inbox = inbox;
        this.services = services;
        services.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-FAULTS-1\"}")));
    }

    // Provider registration -----------------------------------------------------------------------------------------

    /** Registers a provider; the process records it and checks the Care Inspectorate. Returns its reference. */
    String register(String name) {
        String serviceNumber = "CS" + (3009000000L + SERVICE_NUMBERS.incrementAndGet());
        services.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber))
                .willReturn(okJson("{\"serviceNumber\": \"" + serviceNumber + "\", \"name\": \"" + name
                        + "\", \"status\": \"Active\", \"grades\": {\"wellbeing\": 5}}")));
        return officer().post("/api/providers", Map.of("name", name, "organisationType", "THIRD_SECTOR", "sme", true,
                "careInspectorateNumber", serviceNumber, "contactEmail", "office@provider.example")).expect(202)
                .body().path("reference").asText();
    }

    /** The officer admits the registration in the inbox once it is waiting there. */
    void admit(String provider) {
        long task = awaitTask(provider, ProviderRegistrationProcess.REVIEW_REGISTRATION, null);
        officer().post("/api/tasks/" + task + "/complete", Map.of("decision", "admit", "decisionNotes", "Registered."))
                .expect(200);
        awaitUntil(() -> officer().get("/api/providers/" + provider).body(),
                body -> body.path("status").asText().equals("ADMITTED"));
    }

    // ISF ---------------------------------------------------------------------------------------------------------

    /** Opens an ISF; the person chooses the provider, which accepts. Returns the ISF's reference. */
    String openAndChoose(String person, String provider) {
        Map<String, Object> request = new HashMap<>();
        request.put("personName", person);
        request.put("personUserId", username(person));
        request.put("personEmail", username(person) + "@example.org");
        request.put("councilName", "Moray Council");
        request.put("socialWorkerName", "Sam Social");
        request.put("socialWorkerEmail", "sam.social@moray.example");
        request.put("outcomes", List.of("Get out to the allotment twice a week", "Stay living in my own flat"));
        request.put("indicativeAnnualBudget", 12000);
        request.put("weeklyHours", 10);
        String isf = api.as(socialWorker()).post("/api/isfs", request).expect(201).body().path("reference").asText();
        awaitTask(isf, IsfProcess.RECORD_CHOICE, null);
        api.as(person(person)).post("/api/isfs/" + isf + "/choice", Map.of("providerReference", provider,
                "inOwnWords", "The staff listened to me.", "helpedBy", "CARER", "helperName", "My sister"))
                .expect(200);
        awaitTask(isf, IsfProcess.PROVIDER_ACCEPTANCE, null);
        Map<String, Object> answer = new HashMap<>(Declarations.asFormFields(13.45, null));
        answer.put("accepted", true);
        answer.put("notes", "We can start straight away.");
        api.as(providerUser(provider)).post("/api/isfs/" + isf + "/provider-answer", answer).expect(200);
        return isf;
    }

    /** The person and the provider sign the agreement; the council's signature is left for {@link #councilSigns}. */
    String signAllButCouncil(String isf, String person, String provider) {
        String sha = signFirst(isf, person);
        sign(isf + "-A1", providerUser(provider), "provider", sha);
        return sha;
    }

    /** The person signs the agreement once it awaits signatures. Returns the document's SHA-256. */
    String signFirst(String isf, String person) {
        String sha = awaitSignable(isf + "-A1");
        sign(isf + "-A1", person(person), "supported-person", sha);
        return sha;
    }

    /** The provider and the council sign the agreement, as the product shows it to them now. */
    void signRest(String isf, String provider) {
        String sha = awaitSignable(isf + "-A1");
        sign(isf + "-A1", providerUser(provider), "provider", sha);
        councilSigns(isf, sha);
    }

    private String awaitSignable(String contract) {
        return awaitUntil(() -> api.as(socialWorker()).get("/api/contracts/" + contract),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
    }

    /** The last signature: from here the process activates the fund on its own. */
    void councilSigns(String isf, String sha) {
        sign(isf + "-A1", socialWorker(), "council", sha);
    }

    /** Waits for the fund to be in place, then the provider sends its first month's statement (within budget). */
    void statement(String isf, String provider) {
        awaitUntil(() -> api.as(socialWorker()).get("/api/isfs/" + isf).body(),
                body -> body.path("status").asText().equals("ACTIVE"));
        String firstMonth = api.as(socialWorker()).get("/api/isfs/" + isf + "/ledger").expect(200).body()
                .path("months").get(0).path("periodStart").asText();
        api.as(providerUser(provider)).post("/api/isfs/" + isf + "/statements", Map.of("statementId",
                isf + "-S1", "periodStart", firstMonth, "amountSpent", 950, "hoursDelivered", 40,
                "notes", "Monthly statement")).expect(201);
    }

    long isfProcess(String isf) {
        return api.as(socialWorker()).get("/api/isfs/" + isf).expect(200).body().path("processInstanceKey").asLong();
    }

    // Tender ------------------------------------------------------------------------------------------------------

    /** Creates a tender and sends two providers' responses once it is open. Returns its reference. */
    String tenderWithResponses(String title, String tag) {
        String tender = commissioner().post("/api/tenders", TenderFixtures.careAtHome(title, 420_000)).expect(201)
                .body().path("reference").asText();
        awaitUntil(() -> commissioner().get("/api/tenders/" + tender).body(),
                body -> body.path("status").asText().equals("OPEN_FOR_RESPONSES"));
        respond(tender, "PRV-" + tag + "-A", "Spey Support", 400_000, 27.5);
        respond(tender, "PRV-" + tag + "-B", "Glenmore Care", 380_000, 26.0);
        return tender;
    }

    Api.Response respond(String tender, String provider, String name, long price, double rate) {
        return api.as(provider.toLowerCase(), provider, Role.PROVIDER_USER).post("/api/opportunities/" + tender
                + "/responses", TenderFixtures.response(provider, name, price, rate,
                TenderFixtures.fairWorkDeclaration(13.45)));
    }

    /** After the deadline: both evaluators score, the panel moderates and the commissioner approves the award. */
    void evaluateAndAward(String tender) {
        awaitTask(tender, TenderProcess.SCORE_RESPONSES, "eval.ailsa");
        awaitTask(tender, TenderProcess.SCORE_RESPONSES, "eval.bruce");
        List<Long> ids = awaitUntil(() -> commissioner().get("/api/tenders/" + tender + "/responses").body(),
                body -> body.size() == 2).findValues("id").stream().map(JsonNode::asLong).sorted().toList();
        for (String evaluator : List.of("eval.ailsa", "eval.bruce")) {
            api.as(evaluator, TENDER_COUNCIL, Role.EVALUATOR).post("/api/tenders/" + tender + "/evaluations",
                    Map.of("scores", List.of(score(ids.get(0), 80), score(ids.get(1), 60)))).expect(200);
        }
        awaitTask(tender, TenderProcess.MODERATE_SCORES, null);
        api.as("officer.moira", TENDER_COUNCIL, Role.PROCUREMENT_OFFICER).post("/api/tenders/" + tender
                + "/moderation", Map.of("moderationNotes", "Agreed.", "scores", List.of(score(ids.get(0), 80),
                score(ids.get(1), 60)))).expect(200);
        awaitTask(tender, TenderProcess.DECIDE_AWARD, null);
        commissioner().post("/api/tenders/" + tender + "/award-decision", Map.of("approve", true,
                "rationale", "Highest score on quality and outcomes.")).expect(200);
        awaitUntil(() -> commissioner().get("/api/tenders/" + tender).body(),
                body -> body.path("status").asText().equals("STANDSTILL"));
    }

    /** After standstill: the winner and the commissioner sign, and the contract goes live. */
    void signContract(String tender) {
        String contract = tender + "-C1";
        String sha = awaitUntil(() -> commissioner().get("/api/contracts/" + contract),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
        String winner = commissioner().get("/api/tenders/" + tender + "/award").expect(200).body()
                .path("winnerReference").asText();
        api.as(winner.toLowerCase(), winner, Role.PROVIDER_USER).post("/api/contracts/" + contract + "/signatures",
                Map.of("signatoryRole", "provider", "signedBy", "Iona Grant", "documentSha256", sha)).expect(200);
        commissioner().post("/api/contracts/" + contract + "/signatures", Map.of("signatoryRole", "commissioner",
                "signedBy", "Morag Fraser", "documentSha256", sha)).expect(200);
        awaitTenderStatus(tender, "CONTRACT_LIVE");
    }

    void awaitTenderStatus(String tender, String status) {
        awaitUntil(() -> commissioner().get("/api/tenders/" + tender).body(),
                body -> body.path("status").asText().equals(status));
    }

    long tenderProcess(String tender) {
        return commissioner().get("/api/tenders/" + tender).expect(200).body().path("processInstanceKey").asLong();
    }

    // Helpers -----------------------------------------------------------------------------------------------------

    long awaitTask(String businessKey, String elementId, String assignee) {
        TaskQuery query = new TaskQuery(TaskStatus.OPEN, null, businessKey, null, elementId, assignee);
        List<TaskView> tasks = awaitUntil(() -> inbox.find(query), found -> !found.isEmpty());
        return tasks.getFirst().taskKey();
    }

    static <T> T awaitUntil(java.util.concurrent.Callable<T> read, Predicate<T> until) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(read, until::test);
    }

    private void sign(String contract, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contract + "/signatures", Map.of("signatoryRole", role,
                "signedBy", signer.displayName(), "documentSha256", sha)).expect(200);
    }

    private static Map<String, Object> score(long responseId, int quality) {
        return Map.of("responseId", responseId, "quality", quality, "fairWork", 70,
                "comments", "Judged against the outcomes.");
    }

    private Api.SignedIn officer() {
        return api.as("officer.moira", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    private Api.SignedIn commissioner() {
        return api.as("morag.fraser", TENDER_COUNCIL, Role.COMMISSIONER);
    }

    private static SignedInPerson socialWorker() {
        return new SignedInPerson("sam.social", "Sam Social", Set.of(Role.SOCIAL_WORKER), COUNCIL, null);
    }

    private static SignedInPerson person(String name) {
        return new SignedInPerson(username(name), name, Set.of(Role.SUPPORTED_PERSON), null, null);
    }

    private static SignedInPerson providerUser(String provider) {
        return new SignedInPerson("pat.provider", "Pat Provider", Set.of(Role.PROVIDER_USER), provider, null);
    }

    private static String username(String name) {
        return name.toLowerCase().replace(' ', '.');
    }
}
