package scot.commissioningflow.contracts.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * A contract that cannot be generated stops its process at once, without retrying what no retry can mend, and an
 * administrator sees it in the product's incident list: which contract, and why, in a sentence.
 */
class ContractGenerationIncidentJourneyTest extends JourneyTest {

    @Autowired
    private CamundaClient client;

    @Autowired
    private ZeebeTestEngine zeebe;

    @Test
    void aTemplateThatCannotBeReadIsAnIncidentNamingTheContractAndTheReason() {
        long instance = startSigning("GEN-FAIL-1", "isf-agreement-draft.docx", Map.of("personName", "Seònaid"));

        JsonNode incident = awaitIncident(instance);
        assertThat(incident.path("process").asText()).isEqualTo(ContractSigningProcess.PROCESS_ID);
        assertThat(incident.path("step").asText()).isEqualTo(ContractSigningProcess.GENERATE_CONTRACT);
        assertThat(incident.path("record").asText()).isEqualTo("businessKey=GEN-FAIL-1");
        // The reason is the sentence an officer reads; the stack trace stays in the log.
        assertThat(incident.path("reason").asText()).doesNotContain("\tat ").doesNotContain("JobError")
                .startsWith("Contract GEN-FAIL-1 could not be generated: There is no contract template "
                        + "isf-agreement-draft.docx under contracts-templates/. Templates there: [")
                .contains("option2-isf-agreement.docx");
        assertThat(incident.path("kind").asText()).isEqualTo("JOB_NO_RETRIES");
        assertThat(failedAttempts(instance)).as("attempts at generating: none repeated").isEqualTo(1);
    }

    @Test
    void aFieldTheTemplateNeedsMissingIsAnIncidentNamingTheContractAndTheField() {
        long instance = startSigning("GEN-FAIL-2", "contract-variation.docx", Map.of("variationReference", "V-9"));

        JsonNode incident = awaitIncident(instance);
        assertThat(incident.path("record").asText()).isEqualTo("businessKey=GEN-FAIL-2");
        assertThat(incident.path("reason").asText())
                .startsWith("Contract GEN-FAIL-2 could not be generated: The template contract-variation.docx needs 7 "
                        + "fields the process did not provide: changes, commissioner, contractReference, contractTitle,");
        assertThat(failedAttempts(instance)).isEqualTo(1);
    }

    private long startSigning(String reference, String template, Map<String, Object> fields) {
        ContractRequest request = new ContractRequest(reference, template, fields, List.of(
                new SignatoryRequest("council", "Colin Council", "colin@moray.example", Signer.council("MORAY-HSCP"))),
                14);
        return client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request))
                .send().join().getProcessInstanceKey();
    }

    private JsonNode awaitIncident(long instance) {
        Api.SignedIn administrator = api.as("iona.admin", "DEMO-HSCP", Role.ADMINISTRATOR);
        return await().atMost(EngineHarness.PATIENCE).until(() -> StreamSupport.stream(
                        administrator.get("/api/incidents").expect(200).body().spliterator(), false)
                .filter(incident -> incident.path("processInstanceKey").asLong() == instance).findFirst()
                .orElse(null), found -> found != null);
    }

    private long failedAttempts(long instance) {
        return StreamSupport.stream(RecordStream.of(zeebe.getRecordStreamSource()).jobRecords().spliterator(), false)
                .filter(job -> job.getIntent() == JobIntent.FAILED
                        && job.getValue().getProcessInstanceKey() == instance)
                .count();
    }
}
