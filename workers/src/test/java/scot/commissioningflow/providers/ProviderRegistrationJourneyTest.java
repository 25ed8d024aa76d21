package scot.commissioningflow.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/** The spine's sample process, driven through the REST API on the real engine and database. */
class ProviderRegistrationJourneyTest extends JourneyTest {

    @Autowired
    private ProviderRegister providers;

    @Autowired
    private AuditTrail audit;

    /** The procurement officer who registers providers that applied on paper and reviews every registration. */
    private Api.SignedIn officer() {
        return api.as("officer.moira", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    @Test
    void aRegisteredServiceIsCheckedReviewedAndAdmitted() {
        careInspectorateKnows("CS2003001001", """
                {"serviceNumber": "CS2003001001", "name": "Strathspey Support", "status": "Active",
                 "grades": {"wellbeing": 5, "leadership": 4, "staffTeam": 5, "carePlanning": 4}}""");

        JsonNode started = officer().post("/api/providers", registration("Strathspey Support", "CS2003001001"))
                .expect(202).body();
        String reference = started.path("reference").asText();
        long processInstanceKey = started.path("processInstanceKey").asLong();

        TaskView review = awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        assertThat(review.name()).isEqualTo("Review provider registration");
        assertThat(review.candidateGroup()).isEqualTo("procurement-officers");
        assertThat(review.variables()).containsEntry("inspectionCheck", "REGISTERED");
        assertThat(officer().get("/api/tasks/" + review.taskKey() + "/form").expect(200).body().path("id").asText())
                .isEqualTo("provider-registration-review");

        officer().post("/api/tasks/" + review.taskKey() + "/complete",
                Map.of("decision", "admit", "decisionNotes", "Registered and graded good or better.")).expect(200);

        engine.awaitCompleted(processInstanceKey);
        assertThat(engine.completedElements(processInstanceKey)).contains(ProviderRegistrationProcess.PROVIDER_ADMITTED)
                .doesNotContain(ProviderRegistrationProcess.REGISTRATION_DECLINED);
        ProviderView stored = providers.get(reference);
        assertThat(stored.status()).isEqualTo(ProviderStatus.ADMITTED);
        assertThat(stored.decidedBy()).isEqualTo("officer.moira");
        assertThat(stored.careInspectorateGrades()).containsEntry("wellbeing", 5);
        assertThat(officer().get("/api/providers/" + reference).expect(200).body().path("status").asText())
                .isEqualTo("ADMITTED");
    }

    @Test
    void aServiceTheCareInspectorateDoesNotKnowIsDeclinedByTheOfficer() {
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate/services/CS2003001002"))
                .willReturn(aResponse().withStatus(404)));

        JsonNode started = officer().post("/api/providers", registration("Unknown Care Ltd", "CS2003001002"))
                .expect(202).body();
        String reference = started.path("reference").asText();

        TaskView review = awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        assertThat(review.variables()).containsEntry("inspectionCheck", "NOT_REGISTERED");
        officer().post("/api/tasks/" + review.taskKey() + "/complete",
                Map.of("decision", "decline", "decisionNotes", "No registered service with that number."))
                .expect(200);

        long key = started.path("processInstanceKey").asLong();
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(ProviderRegistrationProcess.REGISTRATION_DECLINED);
        assertThat(providers.get(reference).status()).isEqualTo(ProviderStatus.DECLINED);
    }

    @Test
    void aCareInspectorateOutageIsRiddenOutByRetries() {
        String path = "/care-inspectorate/services/CS2003001003";
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo(path)).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo(path)).inScenario("outage")
                .whenScenarioStateIs("recovered").willReturn(okJson("""
                        {"serviceNumber": "CS2003001003", "name": "Back Again", "status": "Active",
                         "grades": {"wellbeing": 4}}""")));

        JsonNode started = officer().post("/api/providers", registration("Back Again", "CS2003001003")).expect(202)
                .body();

        TaskView review = awaitTask(started.path("reference").asText(),
                ProviderRegistrationProcess.REVIEW_REGISTRATION);
        assertThat(review.variables()).containsEntry("inspectionCheck", "REGISTERED");
        EXTERNAL_SERVICES.verify(2, getRequestedFor(urlEqualTo(path)));
        assertThat(engine.incidents(started.path("processInstanceKey").asLong())).isEmpty();
    }

    @Test
    void aTaskIsRefusedWithoutItsRequiredFieldsAndCannotBeCompletedTwice() {
        careInspectorateKnows("CS2003001004", """
                {"serviceNumber": "CS2003001004", "name": "Twice Ltd", "status": "Active", "grades": {}}""");
        String reference = officer().post("/api/providers", registration("Twice Ltd", "CS2003001004"))
                .expect(202).body().path("reference").asText();
        TaskView review = awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        String complete = "/api/tasks/" + review.taskKey() + "/complete";

        JsonNode refused = officer().post(complete, Map.of("decision", "admit")).expect(400).body();
        assertThat(refused.path("detail").asText()).contains("decisionNotes").contains("is required");
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("decisionNotes");

        officer().post(complete, Map.of("decision", "admit", "decisionNotes", "Fine.")).expect(200);
        assertThat(officer().post(complete, Map.of("decision", "admit", "decisionNotes", "Again.")).expect(409).body()
                .path("detail").asText()).contains("can no longer be completed");
    }

    @Test
    void aMalformedRegistrationIsRefusedNamingEachField() {
        JsonNode refused = officer().post("/api/providers", Map.of("name", "", "organisationType", "PRIVATE",
                "careInspectorateNumber", "12345", "contactEmail", "not-an-email")).expect(400).body();
        assertThat(refused.path("detail").asText())
                .contains("name must not be blank")
                .contains("careInspectorateNumber must be a Care Inspectorate service number")
                .contains("contactEmail must be a well-formed email address");
    }

    @Test
    void aNameInAnyLanguageIsKeptAsWritten() {
        String name = "Seònaid agus Màiri – Małgorzata Wąsowska Opieka – \u0645\u062D\u0628\u062A \u200F\uD83D\uDE0A";
        JsonNode started = officer().post("/api/providers", registration(name, "CS2003001009")).expect(202).body();
        String reference = started.path("reference").asText();

        awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        assertThat(providers.get(reference).name()).isEqualTo(name);
        assertThat(officer().get("/api/providers/" + reference).expect(200).body().path("name").asText())
                .isEqualTo(name);
    }

    @Test
    void aProviderUserRegistersTheirOwnOrganisationOnceUnderItsReference() {
        careInspectorateKnows("CS2003001010", """
                {"serviceNumber": "CS2003001010", "name": "Own Care", "status": "Active", "grades": {}}""");
        Api.SignedIn provider = api.as("kirsty.provider", "PRV-JOURNEY01", Role.PROVIDER_USER);

        JsonNode started = provider.post("/api/providers", registration("Own Care", "CS2003001010")).expect(202)
                .body();
        assertThat(started.path("reference").asText()).isEqualTo("PRV-JOURNEY01");
        awaitTask("PRV-JOURNEY01", ProviderRegistrationProcess.REVIEW_REGISTRATION);

        assertThat(provider.get("/api/providers/PRV-JOURNEY01").expect(200).body().path("name").asText())
                .isEqualTo("Own Care");
        assertThat(provider.get("/api/providers").expect(200).body()).hasSize(1);
        assertThat(provider.post("/api/providers", registration("Own Care", "CS2003001010")).expect(409).body()
                .path("detail").asText()).isEqualTo("Your organisation PRV-JOURNEY01 is already in the provider"
                + " register.");
    }

    @Test
    void theDemoProviderUsersOrganisationIsInTheRegister() {
        ProviderView demo = providers.get("PRV-DEMO0001");
        assertThat(demo.name()).isEqualTo("Demo Care Cooperative");
        assertThat(demo.status()).isEqualTo(ProviderStatus.ADMITTED);
    }

    private static Map<String, Object> registration(String name, String serviceNumber) {
        return Map.of("name", name, "organisationType", "THIRD_SECTOR", "sme", true,
                "careInspectorateNumber", serviceNumber, "contactEmail", "hello@example.org");
    }

    private static void careInspectorateKnows(String serviceNumber, String body) {
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber))
                .willReturn(okJson(body)));
    }
}
