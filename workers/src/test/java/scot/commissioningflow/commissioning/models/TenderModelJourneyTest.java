package scot.commissioningflow.commissioning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.commissioning.TenderFixtures.careAtHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/**
 * A commissioner's own tender model, from upload to a task in the inbox: checked, deployed, started as a tender, its
 * first human step waiting with its name and form; and files that fail the check, or are hostile, change nothing.
 */
class TenderModelJourneyTest extends JourneyTest {

    private static final String COUNCIL = "highland-council";

    @Autowired
    private Environment environment;

    @Autowired
    private ObjectMapper json;

    @Test
    void aModelUploadedFromCamundaModelerRunsAsATenderWithItsTasksInTheInbox() {
        Api.Response deployed = upload(commissioner(), "Agreed outcomes.bpmn", TenderModelCheckTest.model());

        deployed.expect(201);
        assertThat(deployed.body().path("processId").asText()).isEqualTo("agreed-outcomes-tender");
        assertThat(deployed.body().path("version").asInt()).isPositive();
        assertThat(api(commissioner()).get("/api/tender-models").expect(200).body().findValuesAsText("processId"))
                .contains("agreed-outcomes-tender");

        JsonNode tender = api(commissioner()).post("/api/tender-models/agreed-outcomes-tender/tenders",
                careAtHome("Care at home, outcomes agreed first", 420_000)).expect(201).body();
        String reference = tender.path("reference").asText();
        try {
            TaskView task = awaitTask(reference, "DecideContinuity");
            assertThat(task.name()).isEqualTo("Decide with the people who use the service whether it continues");
            assertThat(task.formId()).isEqualTo("commissioning-continuity-decision");
            assertThat(api(commissioner()).get("/api/tasks/" + task.taskKey() + "/form").expect(200).body()
                    .path("id").asText()).isEqualTo("commissioning-continuity-decision");
        } finally {
            engine.cancelIfRunning(tender.path("processInstanceKey").asLong());
        }
    }

    @Test
    void aHostileOrFaultyFileIsRefusedInWordsAndChangesNothing() {
        int before = api(commissioner()).get("/api/tender-models").expect(200).body().size();
        String model = new String(TenderModelCheckTest.model(), StandardCharsets.UTF_8)
                .replace("\"agreed-outcomes-tender\"", "\"hostile-tender\"");
        String xxe = model.replaceFirst("\\?>", "?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM"
                + " \"file:///etc/passwd\">]>").replace("name=\"Need recorded\"", "name=\"&secret;\"");

        Api.Response refused = upload(commissioner(), "hostile.bpmn", xxe.getBytes(StandardCharsets.UTF_8));

        refused.expect(400);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("model");
        assertThat(refused.body().path("detail").asText()).contains("declares a document type (DOCTYPE)");

        Api.Response unknownForm = upload(commissioner(), "faulty.bpmn", model
                .replace("commissioning-continuity-decision", "no-such-form").getBytes(StandardCharsets.UTF_8));
        unknownForm.expect(400);
        assertThat(unknownForm.body().path("detail").asText()).contains("links the form \"no-such-form\", which"
                + " does not exist");

        Api.Response huge = upload(commissioner(), "huge.bpmn", new byte[50 * 1024 * 1024 + 1]);
        huge.expect(400);
        assertThat(huge.body().path("detail").asText()).contains("larger than");

        assertThat(api(commissioner()).get("/api/tender-models").expect(200).body().size()).isEqualTo(before);
        assertThat(api(commissioner()).post("/api/tender-models/hostile-tender/tenders",
                careAtHome("Never started", 1000)).status()).isEqualTo(404);
    }

    @Test
    void onlyCommissionersDeployModels() {
        upload(new Person("provider.anna", "PRV-1", Role.PROVIDER_USER), "model.bpmn", TenderModelCheckTest.model())
                .expect(403);
        upload(new Person("officer.moira", COUNCIL, Role.PROCUREMENT_OFFICER), "model.bpmn",
                TenderModelCheckTest.model()).expect(403);
    }

    private record Person(String username, String organisation, Role role) {
    }

    private static Person commissioner() {
        return new Person("morag.fraser", COUNCIL, Role.COMMISSIONER);
    }

    private Api.SignedIn api(Person person) {
        return api.as(person.username(), person.organisation(), person.role());
    }

    /** The upload a browser or Camunda Modeler's user makes: multipart, with the file under "model". */
    private Api.Response upload(Person person, String fileName, byte[] file) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("model", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return RestClient.create("http://localhost:" + environment.getProperty("local.server.port")).post()
                .uri("/api/tender-models")
                .header(HttpHeaders.AUTHORIZATION, SignedTokens.bearer(person.username(), person.organisation(),
                        person.role()))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> {
                    byte[] content = response.getBody().readAllBytes();
                    return new Api.Response(response.getStatusCode().value(),
                            content.length == 0 ? json.nullNode() : json.readTree(content));
                });
    }
}
