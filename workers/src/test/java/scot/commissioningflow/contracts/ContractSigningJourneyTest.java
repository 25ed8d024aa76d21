package scot.commissioningflow.contracts;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/** The reusable contract-signing call activity, started on its own on the real engine. */
class ContractSigningJourneyTest extends JourneyTest {

    @Autowired
    private CamundaClient client;

    @Autowired
    private ContractDocuments documents;

    @Test
    void everyPartySignsTheGeneratedDocumentAndTheProcessCompletes() throws Exception {
        long key = startSigning("VAR-SIGN-1", variationFields());
        JsonNode contract = awaitAwaitingSignatures("VAR-SIGN-1");
        String sha = contract.path("documentSha256").asText();

        String text = documentText("VAR-SIGN-1");
        assertThat(text).doesNotContain("${")
                .contains("Contract variation V-1")
                .contains("Moray Health and Social Care Partnership and Speyside Supported Living")
                .contains("It takes effect on 1 April 2026.")
                .contains("Weekly hours").contains("Hourly rate").contains("£13.45");
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/e-signature/envelopes"))
                .withRequestBody(matchingJsonPath("$.documentSha256", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo(sha))));

        api.post("/api/contracts/VAR-SIGN-1/signatures", signature("provider", "Ann Provider", sha)).expect(200);
        assertThat(engine.completed(key)).isFalse();
        api.post("/api/contracts/VAR-SIGN-1/signatures", signature("council", "Colin Council", sha)).expect(200);

        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(ContractSigningProcess.CONTRACT_SIGNED)
                .doesNotContain(ContractSigningProcess.CONTRACT_NOT_SIGNED);
        ContractDocumentView signed = documents.get("VAR-SIGN-1");
        assertThat(signed.status()).isEqualTo(SigningStatus.SIGNED);
        assertThat(signed.signatories()).allSatisfy(s -> assertThat(s.signed()).isTrue());
    }

    @Test
    void aSignatureForAnotherDocumentOrPartyIsRefusedAndNothingIsSignedTwice() {
        startSigning("VAR-SIGN-2", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-2").path("documentSha256").asText();

        JsonNode wrongDocument = api.post("/api/contracts/VAR-SIGN-2/signatures",
                signature("provider", "Ann Provider", "0".repeat(64))).expect(400).body();
        assertThat(wrongDocument.path("detail").asText()).contains("documentSha256 does not match contract VAR-SIGN-2");
        JsonNode stranger = api.post("/api/contracts/VAR-SIGN-2/signatures",
                signature("landlord", "Lee Landlord", sha)).expect(400).body();
        assertThat(stranger.path("detail").asText()).contains("the parties are provider, council");

        api.post("/api/contracts/VAR-SIGN-2/signatures", signature("provider", "Ann Provider", sha)).expect(200);
        assertThat(api.post("/api/contracts/VAR-SIGN-2/signatures", signature("provider", "Ann Provider", sha))
                .expect(409).body().path("detail").asText()).contains("already signed");
    }

    @Test
    void aRepresentativeSignsOnAnotherPersonsAuthorityThroughTheESignatureService() {
        long key = startSigning("VAR-SIGN-3", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-3").path("documentSha256").asText();
        Map<String, Object> forPerson = Map.of("signatoryRole", "provider", "signedBy", "Jo Attorney",
                "documentSha256", sha, "onBehalfOf", "Ann Provider", "authority", "POWER_OF_ATTORNEY");

        assertThat(api.post("/api/contracts/VAR-SIGN-3/signature-events", forPerson).status()).isEqualTo(401);
        api.postWithHeader("/api/contracts/VAR-SIGN-3/signature-events", forPerson,
                "X-E-Signature-Secret", "test-webhook-secret").expect(200);
        api.post("/api/contracts/VAR-SIGN-3/signatures", signature("council", "Colin Council", sha)).expect(200);

        engine.awaitCompleted(key);
        SignatoryView attorney = documents.get("VAR-SIGN-3").signatories().getFirst();
        assertThat(attorney.signedBy()).isEqualTo("Jo Attorney");
        assertThat(attorney.onBehalfOf()).isEqualTo("Ann Provider");
        assertThat(attorney.authority()).isEqualTo("POWER_OF_ATTORNEY");
        assertThat(attorney.channel()).isEqualTo("E_SIGNATURE");
    }

    @Test
    void partiesAreRemindedAndAnUnsignedContractLapsesAtTheDeadline() {
        long key = startSigning("VAR-SIGN-4", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-4").path("documentSha256").asText();
        api.post("/api/contracts/VAR-SIGN-4/signatures", signature("council", "Colin Council", sha)).expect(200);

        engine.passTime(Duration.ofDays(3).plusMinutes(1));
        await().atMost(EngineHarness.PATIENCE).until(() -> documents.get("VAR-SIGN-4").signatories().stream()
                .anyMatch(s -> s.role().equals("provider") && s.remindersSent() == 1));
        assertThat(documents.get("VAR-SIGN-4").signatories().stream()
                .filter(s -> s.role().equals("council")).findFirst().orElseThrow().remindersSent()).isZero();

        engine.passTime(Duration.ofDays(12));
        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(ContractSigningProcess.CONTRACT_NOT_SIGNED)
                .doesNotContain(ContractSigningProcess.CONTRACT_SIGNED);
        assertThat(documents.get("VAR-SIGN-4").status()).isEqualTo(SigningStatus.LAPSED);
        assertThat(api.post("/api/contracts/VAR-SIGN-4/signatures", signature("provider", "Ann Provider", sha))
                .expect(409).body().path("detail").asText()).contains("not awaiting signatures: it is lapsed");
    }

    @Test
    void aTemplateFieldTheProcessDidNotGiveRaisesAnIncidentNamingIt() {
        Map<String, Object> fields = new java.util.HashMap<>(variationFields());
        fields.remove("contractTitle");
        fields.remove("reason");
        long key = startSigning("VAR-SIGN-5", fields);

        await().atMost(EngineHarness.PATIENCE).until(() -> !engine.incidents(key).isEmpty());
        assertThat(engine.incidents(key).getFirst())
                .contains("contract-variation.docx needs 2 fields the process did not provide: contractTitle, reason");
        assertThat(api.get("/api/contracts/VAR-SIGN-5").status()).isEqualTo(404);
    }

    private long startSigning(String reference, Map<String, Object> fields) {
        ContractRequest request = new ContractRequest(reference, "contract-variation.docx", fields, List.of(
                new SignatoryRequest("provider", "Ann Provider", "ann@speyside.example"),
                new SignatoryRequest("council", "Colin Council", "colin@moray.example")), 14);
        return client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request))
                .send().join().getProcessInstanceKey();
    }

    private JsonNode awaitAwaitingSignatures(String reference) {
        return await().atMost(EngineHarness.PATIENCE)
                .until(() -> api.get("/api/contracts/" + reference),
                        r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body();
    }

    private String documentText(String reference) throws Exception {
        byte[] docx = documents.content(reference);
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }

    private static Map<String, Object> variationFields() {
        return Map.of(
                "variationReference", "V-1",
                "contractReference", "MORAY-CAH-2025-014",
                "contractTitle", "Care at home in Speyside",
                "commissioner", "Moray Health and Social Care Partnership",
                "providerName", "Speyside Supported Living",
                "effectiveFrom", "2026-04-01",
                "reason", "The adult social care pay floor rose to £13.45 an hour.",
                "changes", List.of(
                        Map.of("term", "Weekly hours", "before", "120", "after", "140"),
                        Map.of("term", "Hourly rate", "before", "£12.60", "after", "£13.45")));
    }

    private static Map<String, Object> signature(String role, String signedBy, String sha) {
        return Map.of("signatoryRole", role, "signedBy", signedBy, "documentSha256", sha);
    }
}
