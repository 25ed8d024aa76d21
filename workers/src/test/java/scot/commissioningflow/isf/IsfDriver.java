package scot.commissioningflow.isf;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderRegistration;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;

/**
 * Drives ISF journeys through the REST API as each party would: the social worker, the person or their
 * representative, the provider, and the signatories. Shared by the journey tests and the benchmark.
 */
class IsfDriver {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicInteger SERVICE_NUMBERS = new AtomicInteger(1000);

    private final Api api;
    private final TaskInbox inbox;
    private final ProviderRegister providers;
    private final WireMockServer externalServices;

    IsfDriver(Api api, TaskInbox inbox, ProviderRegister providers, WireMockServer externalServices) {
        this.api = api;
        this.inbox = inbox;
        this.providers = providers;
        this.externalServices = externalServices;
    }

    /**
     * A provider on the register, checked with the Care Inspectorate and admitted by an officer. Registration is the
     * providers feature's journey, so it is driven through that feature's Java API rather than its endpoints.
     */
    private static final SignedInPerson PROCUREMENT_OFFICER = new SignedInPerson("officer.moira", "Moira",
            Set.of(Role.PROCUREMENT_OFFICER), "DEMO-HSCP", null);

    String admittedProvider(String name) {
        String serviceNumber = "CS" + (3005000000L + SERVICE_NUMBERS.incrementAndGet());
        externalServices.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber))
                .willReturn(okJson("{\"serviceNumber\": \"" + serviceNumber + "\", \"name\": \"" + name
                        + "\", \"status\": \"Active\", \"grades\": {\"wellbeing\": 5}}")));
        String reference = providers.register(new ProviderRegistration(name, OrganisationType.THIRD_SECTOR, true,
                serviceNumber, "office@provider.example"), PROCUREMENT_OFFICER).reference();
        long task = await().atMost(PATIENCE).until(() -> inbox.find(TaskQuery.open().forBusinessKey(reference)
                .atElement(ProviderRegistrationProcess.REVIEW_REGISTRATION)), tasks -> !tasks.isEmpty())
                .getFirst().taskKey();
        inbox.complete(task, Map.of("decision", "admit", "decisionNotes", "Registered."), "officer.moira");
        await().atMost(PATIENCE).until(() -> providers.get(reference).status(), ProviderStatus.ADMITTED::equals);
        return reference;
    }

    static Map<String, Object> newIsf(String person, Map<String, Object> representative) {
        Map<String, Object> request = new HashMap<>();
        request.put("personName", person);
        request.put("personUserId", person.toLowerCase().replace(' ', '.'));
        request.put("personEmail", person.toLowerCase().replace(' ', '.') + "@example.org");
        request.put("councilName", "Moray Council");
        request.put("socialWorkerName", "Sam Social");
        request.put("socialWorkerEmail", "sam.social@moray.example");
        request.put("outcomes", List.of("Get out to the allotment twice a week", "Stay living in my own flat",
                "Keep in touch with my sister in Elgin"));
        request.put("indicativeAnnualBudget", 12000);
        request.put("weeklyHours", 10);
        request.put("representative", representative);
        return request;
    }

    String open(Map<String, Object> request) {
        return api.as(Callers.socialWorker()).post("/api/isfs", request).expect(201).body().path("reference")
                .asText();
    }

    void choose(String isf, SignedInPerson who, String provider) {
        api.as(who).post("/api/isfs/" + isf + "/choice", Map.of("providerReference", provider,
                "inOwnWords", "They took me to the allotment when I visited and the staff listened to me.",
                "helpedBy", "ADVOCATE", "helperName", "Moray Advocacy")).expect(200);
    }

    void accept(String isf, String provider) {
        awaitTask(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        api.as(Callers.provider(provider)).post("/api/isfs/" + isf + "/provider-answer", fairWorkAnswer(13.45))
                .expect(200);
    }

    static Map<String, Object> fairWorkAnswer(double supportWorkerPay) {
        Map<String, Object> answer = new HashMap<>(Declarations.asFormFields(supportWorkerPay, null));
        answer.put("accepted", true);
        answer.put("notes", "We can start straight away.");
        return answer;
    }

    /** Waits for the contract to await signatures and returns its SHA-256, as the council's social worker reads it. */
    String awaitSignable(String contractReference) {
        return await().atMost(PATIENCE).until(() -> api.as(Callers.socialWorker())
                                .get("/api/contracts/" + contractReference),
                        r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
    }

    /** One party signs, signed in as the person who may sign for it. */
    void sign(String contractReference, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contractReference + "/signatures",
                Map.of("signatoryRole", role, "signedBy", signer.displayName(), "documentSha256", sha)).expect(200);
    }

    void signByEveryone(String contractReference, String personName, String provider) {
        String sha = awaitSignable(contractReference);
        sign(contractReference, Callers.person(personName), "supported-person", sha);
        sign(contractReference, Callers.provider(provider), "provider", sha);
        sign(contractReference, Callers.socialWorker(), "council", sha);
    }

    JsonNode awaitStatus(String isf, String status) {
        return await().atMost(PATIENCE).until(() -> api.as(Callers.socialWorker()).get("/api/isfs/" + isf).body(),
                body -> body.path("status").asText().equals(status));
    }

    long awaitTask(String isf, String elementId) {
        return await().atMost(PATIENCE).until(() -> inbox.find(TaskQuery.open().forBusinessKey(isf)
                .atElement(elementId)), tasks -> !tasks.isEmpty()).getFirst().taskKey();
    }

    /** Opens an ISF for the person and takes it through choice, acceptance and signing until it is in place. */
    String activeIsf(String person, String provider) {
        return activeIsf(newIsf(person, null), provider);
    }

    String activeIsf(Map<String, Object> request, String provider) {
        String person = (String) request.get("personName");
        String isf = open(request);
        awaitTask(isf, IsfProcess.RECORD_CHOICE);
        choose(isf, Callers.person(person), provider);
        accept(isf, provider);
        signByEveryone(isf + "-A1", person, provider);
        awaitStatus(isf, "ACTIVE");
        return isf;
    }

    /** The first day of the ISF's first budget month, as the ledger lists it. */
    String firstMonth(String isf) {
        return api.as(Callers.socialWorker()).get("/api/isfs/" + isf + "/ledger").expect(200).body()
                .path("months").get(0).path("periodStart").asText();
    }

    Api.Response statement(String isf, String provider, String statementId, String periodStart, double spent,
            double hours) {
        return api.as(Callers.provider(provider)).post("/api/isfs/" + isf + "/statements", Map.of(
                "statementId", statementId, "periodStart", periodStart, "amountSpent", spent,
                "hoursDelivered", hours, "notes", "Monthly statement"));
    }
}
