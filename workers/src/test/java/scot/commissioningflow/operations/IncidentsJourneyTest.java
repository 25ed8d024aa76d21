package scot.commissioningflow.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.ProviderRegistrationProcess;

/**
 * A service that stays down until the job's retries run out stops the process at an incident; an officer sees it in
 * the product with the process, the record and the reason, fixes the cause, retries, and the process goes on.
 */
class IncidentsJourneyTest extends JourneyTest {

    private static final String SERVICE = "/care-inspectorate/services/CS2003009999";

    @Test
    void anIncidentIsListedWithItsRecordAndReasonAndARetryAfterTheFixResumesTheProcess() {
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo(SERVICE)).willReturn(serverError()));
        Api.SignedIn officer = api.as("moira.officer", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
        JsonNode started = officer.post("/api/providers", Map.of("name", "Outage Care", "organisationType",
                "THIRD_SECTOR", "sme", true, "careInspectorateNumber", "CS2003009999", "contactEmail",
                "hello@example.org")).expect(202).body();
        String reference = started.path("reference").asText();
        long instance = started.path("processInstanceKey").asLong();

        JsonNode incident = await().atMost(EngineHarness.PATIENCE).until(() -> incidentOf(officer, instance),
                found -> found != null);
        assertThat(incident.path("process").asText()).isEqualTo(ProviderRegistrationProcess.PROCESS_ID);
        assertThat(incident.path("record").asText()).isEqualTo("businessKey=" + reference);
        assertThat(incident.path("reason").asText()).contains("500").doesNotContain("\tat ");
        assertThat(incident.path("kind").asText()).isEqualTo("JOB_NO_RETRIES");

        EXTERNAL_SERVICES.stubFor(get(urlEqualTo(SERVICE)).willReturn(okJson("""
                {"serviceNumber": "CS2003009999", "name": "Outage Care", "status": "Active",
                 "grades": {"wellbeing": 4}}""")));
        officer.post("/api/incidents/" + incident.path("key").asLong() + "/retry", null).expect(200);

        awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        assertThat(incidentOf(officer, instance)).as("no longer open").isNull();
        JsonNode audit = api.as("iona.admin", "DEMO-HSCP", Role.ADMINISTRATOR)
                .get("/api/audit?action=incident.retried&who=moira.officer").expect(200).body().path("content");
        assertThat(audit.get(0).path("why").asText()).contains("businessKey=" + reference);
    }

    @Test
    void retryingAnIncidentThatIsNotOpenSaysSo() {
        JsonNode answer = api.as("moira.officer", "DEMO-HSCP", Role.PROCUREMENT_OFFICER)
                .post("/api/incidents/123456789/retry", null).expect(404).body();
        assertThat(answer.path("detail").asText()).contains("no open incident 123456789");
    }

    private static JsonNode incidentOf(Api.SignedIn officer, long instance) {
        JsonNode open = officer.get("/api/incidents").expect(200).body();
        return StreamSupport.stream(open.spliterator(), false)
                .filter(incident -> incident.path("processInstanceKey").asLong() == instance).findFirst()
                .orElse(null);
    }
}
