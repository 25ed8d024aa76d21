package scot.commissioningflow.contracts;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LateCommit;

/** The reusable contract-signing call activity, started on its own on the real engine. */
class ContractSigningJourneyTest extends JourneyTest {

    private static final String PROVIDER = "PRV-SPEYSIDE";
    private static final String COUNCIL = "MORAY-HSCP";
    private static final SignedInPerson ANN = new SignedInPerson("ann.provider", "Ann Provider",
            Set.of(Role.PROVIDER_USER), PROVIDER, null);
    private static final SignedInPerson COLIN = new SignedInPerson("colin.council", "Colin Council",
            Set.of(Role.COMMISSIONER), COUNCIL, null);

    @Autowired
    private AuditTrail audit;

    @Autowired
    private CamundaClient client;

    @Autowired
    private ContractDocuments documents;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LateCommit lateCommit;

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

        api.as(ANN).post("/api/contracts/VAR-SIGN-1/signatures", signature("provider", "Ann Provider", sha))
                .expect(200);
        assertThat(engine.completed(key)).isFalse();
        api.as(COLIN).post("/api/contracts/VAR-SIGN-1/signatures", signature("council", "Colin Council", sha))
                .expect(200);

        engine.awaitCompleted(key);
        assertThat(engine.completedElements(key)).contains(ContractSigningProcess.CONTRACT_SIGNED)
                .doesNotContain(ContractSigningProcess.CONTRACT_NOT_SIGNED);
        ContractDocumentView signed = documents.get("VAR-SIGN-1");
        assertThat(signed.status()).isEqualTo(SigningStatus.SIGNED);
        assertThat(signed.signatories()).allSatisfy(s -> assertThat(s.signed()).isTrue());
        assertThat(audit.search("contract", "VAR-SIGN-1", "contract.signed", null, 0, 10).getContent())
                .extracting(AuditedDecision::who, decision -> decision.why().contains("signed for the "
                        + (decision.who().equals("ann.provider") ? "provider (Ann Provider)" : "council (Colin Council)")))
                .containsExactlyInAnyOrder(tuple("ann.provider", true), tuple("colin.council", true));
    }

    /**
     * The last two parties may sign in the same moment. Each signature is its own transaction, and each sees the
     * other party as not yet signed unless signatures on one contract wait for each other: then neither marks the
     * contract signed and the process waits for a signature that has already been given.
     */
    @Test
    void thePartiesSigningAtTheSameMomentLeaveTheContractSignedAndTheProcessCompletes() throws Exception {
        List<String> references = List.of("VAR-SIGN-T1", "VAR-SIGN-T2", "VAR-SIGN-T3", "VAR-SIGN-T4", "VAR-SIGN-T5");
        Map<String, Long> keys = new LinkedHashMap<>();
        references.forEach(reference -> keys.put(reference, startSigning(reference, variationFields())));
        var signers = Executors.newFixedThreadPool(2);
        try {
            for (String reference : references) {
                String sha = awaitAwaitingSignatures(reference).path("documentSha256").asText();
                var together = new CyclicBarrier(2);
                var provider = signers.submit(() -> {
                    together.await();
                    return api.as(ANN).post("/api/contracts/" + reference + "/signatures",
                            signature("provider", "Ann Provider", sha)).status();
                });
                var council = signers.submit(() -> {
                    together.await();
                    return api.as(COLIN).post("/api/contracts/" + reference + "/signatures",
                            signature("council", "Colin Council", sha)).status();
                });
                assertThat(List.of(provider.get(), council.get())).containsOnly(200);
            }
        } finally {
            signers.shutdown();
        }

        keys.forEach((reference, key) -> {
            engine.awaitCompleted(key);
            assertThat(engine.completedElements(key)).as(reference).contains(ContractSigningProcess.CONTRACT_SIGNED);
            assertThat(documents.get(reference).status()).as(reference).isEqualTo(SigningStatus.SIGNED);
        });
    }

    @Test
    void theLastSignatureGivenAsTheDeadlinePassesLeavesTheContractSignedAndTheProcessSaysSo() throws Exception {
        long key = startSigning("VAR-SIGN-D1", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-D1").path("documentSha256").asText();
        api.as(ANN).post("/api/contracts/VAR-SIGN-D1/signatures", signature("provider", "Ann Provider", sha))
                .expect(200);

        // The council's signature is stored but not yet committed when the deadline passes and signing is closed;
        // closing signing waits on the document's row, which the signature holds until it commits.
        lateCommit.commitOnceAnotherWaits(() -> documents.sign("VAR-SIGN-D1", new SignatureSubmission("council",
                "Colin Council", sha, null, null), COLIN), () -> engine.passTime(Duration.ofDays(14).plusMinutes(1)));

        engine.awaitCompleted(key);
        assertThat(documents.get("VAR-SIGN-D1").status()).isEqualTo(SigningStatus.SIGNED);
        assertThat(engine.completedElements(key)).contains(ContractSigningProcess.CONTRACT_SIGNED_AT_DEADLINE)
                .doesNotContain(ContractSigningProcess.CONTRACT_NOT_SIGNED);
    }

    @Test
    void onlyANamedSignatoryMaySignAndOnlyThePartiesAndTheBuyingCouncilReadTheDocument() {
        startSigning("VAR-SIGN-6", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-6").path("documentSha256").asText();
        SignedInPerson rival = new SignedInPerson("rory.rival", "Rory Rival", Set.of(Role.PROVIDER_USER),
                "PRV-RIVAL", null);
        SignedInPerson officer = new SignedInPerson("olive.officer", "Olive Officer",
                Set.of(Role.PROCUREMENT_OFFICER), COUNCIL, null);
        SignedInPerson otherCouncil = new SignedInPerson("hilda.highland", "Hilda Highland",
                Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);
        SignedInPerson person = new SignedInPerson("morag.grant", "Morag Grant", Set.of(Role.SUPPORTED_PERSON),
                null, null);

        // Nobody signed in, another provider, another council and a person who is not a party cannot sign, even
        // with the document's fingerprint; nor can the provider sign for the council.
        api.post("/api/contracts/VAR-SIGN-6/signatures", signature("provider", "Ann Provider", sha)).expect(401);
        assertThat(api.as(rival).post("/api/contracts/VAR-SIGN-6/signatures",
                signature("provider", "Ann Provider", sha)).expect(403).body().path("detail").asText())
                .isEqualTo("Only the signatories named on contract VAR-SIGN-6, or their recorded representatives, "
                        + "can sign it.");
        api.as(otherCouncil).post("/api/contracts/VAR-SIGN-6/signatures", signature("council", "Hilda", sha))
                .expect(403);
        api.as(person).post("/api/contracts/VAR-SIGN-6/signatures", signature("provider", "Morag", sha))
                .expect(403);
        assertThat(api.as(ANN).post("/api/contracts/VAR-SIGN-6/signatures", signature("council", "Ann", sha))
                .expect(403).body().path("detail").asText()).contains("can sign for the council");
        // The buying council's procurement officer reads the contract but does not sign it.
        api.as(officer).get("/api/contracts/VAR-SIGN-6").expect(200);
        api.as(officer).post("/api/contracts/VAR-SIGN-6/signatures", signature("council", "Olive", sha))
                .expect(403);
        assertThat(documents.get("VAR-SIGN-6").signatories()).noneMatch(SignatoryView::signed);

        // The document is read by its parties and the buying council's staff, and by nobody else.
        assertThat(api.as(ANN).download("/api/contracts/VAR-SIGN-6/document")).isNotEmpty();
        assertThat(api.as(COLIN).download("/api/contracts/VAR-SIGN-6/document")).isNotEmpty();
        assertThat(api.as(rival).get("/api/contracts/VAR-SIGN-6/document").expect(403).body().path("detail")
                .asText()).isEqualTo("Only the parties to contract VAR-SIGN-6 and the commissioning staff of the "
                        + "buying council can read it.");
        api.as(rival).get("/api/contracts/VAR-SIGN-6").expect(403);
        api.as(otherCouncil).get("/api/contracts/VAR-SIGN-6/document").expect(403);
        api.as(person).get("/api/contracts/VAR-SIGN-6/document").expect(403);
        api.get("/api/contracts/VAR-SIGN-6/document").expect(401);
    }

    @Test
    void aSignatureForAnotherDocumentOrPartyIsRefusedAndNothingIsSignedTwice() {
        startSigning("VAR-SIGN-2", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-2").path("documentSha256").asText();

        JsonNode wrongDocument = api.as(ANN).post("/api/contracts/VAR-SIGN-2/signatures",
                signature("provider", "Ann Provider", "0".repeat(64))).expect(400).body();
        assertThat(wrongDocument.path("detail").asText()).contains("documentSha256 does not match contract VAR-SIGN-2");
        JsonNode stranger = api.as(ANN).post("/api/contracts/VAR-SIGN-2/signatures",
                signature("landlord", "Lee Landlord", sha)).expect(400).body();
        assertThat(stranger.path("detail").asText()).contains("the parties are provider, council");

        api.as(ANN).post("/api/contracts/VAR-SIGN-2/signatures", signature("provider", "Ann Provider", sha))
                .expect(200);
        assertThat(api.as(ANN).post("/api/contracts/VAR-SIGN-2/signatures", signature("provider", "Ann Provider", sha))
                .expect(409).body().path("detail").asText()).contains("already signed");
    }

    @Test
    void aRepresentativeSignsOnAnotherPersonsAuthorityThroughTheESignatureService() {
        long key = startSigning("VAR-SIGN-3", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-3").path("documentSha256").asText();
        Map<String, Object> forPerson = Map.of("signatoryRole", "provider", "signedBy", "Jo Attorney",
                "documentSha256", sha, "onBehalfOf", "Ann Provider", "authority", "POWER_OF_ATTORNEY");

        assertThat(api.post("/api/contracts/VAR-SIGN-3/signature-events", forPerson).status()).isEqualTo(401);
        api.withAuthorization(null).postWithHeader("/api/contracts/VAR-SIGN-3/signature-events", forPerson,
                "X-E-Signature-Secret", "test-webhook-secret").expect(200);
        api.as(COLIN).post("/api/contracts/VAR-SIGN-3/signatures", signature("council", "Colin Council", sha))
                .expect(200);

        engine.awaitCompleted(key);
        SignatoryView attorney = documents.get("VAR-SIGN-3").signatories().getFirst();
        assertThat(attorney.signedBy()).isEqualTo("Jo Attorney");
        assertThat(attorney.onBehalfOf()).isEqualTo("Ann Provider");
        assertThat(attorney.authority()).isEqualTo("POWER_OF_ATTORNEY");
        assertThat(attorney.channel()).isEqualTo("E_SIGNATURE");
        assertThat(audit.search("contract", "VAR-SIGN-3", "contract.signed", "system:e-signature", 0, 10)
                .getContent()).singleElement().satisfies(entry -> assertThat(entry.why())
                        .contains("Jo Attorney signed for the provider (Ann Provider) on behalf of Ann Provider"));
    }

    @Test
    void partiesAreRemindedAndAnUnsignedContractLapsesAtTheDeadline() {
        long key = startSigning("VAR-SIGN-4", variationFields());
        String sha = awaitAwaitingSignatures("VAR-SIGN-4").path("documentSha256").asText();
        api.as(COLIN).post("/api/contracts/VAR-SIGN-4/signatures", signature("council", "Colin Council", sha))
                .expect(200);

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
        assertThat(api.as(ANN).post("/api/contracts/VAR-SIGN-4/signatures", signature("provider", "Ann Provider", sha))
                .expect(409).body().path("detail").asText()).contains("not awaiting signatures: it is lapsed");
    }

    /**
     * After a restart the engine knows no process and the record's process starts again, signing included: the
     * parties keep the deadline they were given when first asked, not a fresh fourteen days. The wall clock the
     * deadline is stored by cannot be moved in a test, so the stored deadline is brought forward instead, as if twelve
     * of the fourteen days had passed while the application was down.
     */
    @Test
    void aSigningRunStartedAgainAfterARestartKeepsTheDeadlineThePartiesWereGiven() {
        long lost = startSigning("VAR-SIGN-7", variationFields());
        awaitAwaitingSignatures("VAR-SIGN-7");
        Instant firstAsked = storedDeadline("VAR-SIGN-7");
        assertThat(firstAsked).isBetween(Instant.now().plus(Duration.ofDays(14)).minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(14)));
        engine.cancelIfRunning(lost);
        committed(() -> jdbc.update("UPDATE contract_document SET signing_deadline = ? WHERE reference = "
                + "'VAR-SIGN-7'", Timestamp.from(firstAsked.minus(Duration.ofDays(12)))));

        long resumed = startSigning("VAR-SIGN-7", variationFields());
        engine.awaitElementCompleted(resumed, ContractSigningProcess.REQUEST_SIGNATURES);
        assertThat(storedDeadline("VAR-SIGN-7")).isEqualTo(firstAsked.minus(Duration.ofDays(12)));

        engine.passTime(Duration.ofDays(1));
        assertThat(engine.completed(resumed)).as("lapsed a day before its deadline").isFalse();
        engine.passTime(Duration.ofDays(1).plusMinutes(1));
        engine.awaitCompleted(resumed);
        assertThat(engine.completedElements(resumed)).contains(ContractSigningProcess.CONTRACT_NOT_SIGNED);
        assertThat(documents.get("VAR-SIGN-7").status()).isEqualTo(SigningStatus.LAPSED);
    }

    /** A run started again after its deadline passed while the application was down lapses at once. */
    @Test
    void aSigningRunStartedAgainAfterItsDeadlinePassedLapsesAtOnce() {
        long lost = startSigning("VAR-SIGN-8", variationFields());
        awaitAwaitingSignatures("VAR-SIGN-8");
        engine.cancelIfRunning(lost);
        committed(() -> jdbc.update("UPDATE contract_document SET signing_deadline = ? WHERE reference = "
                + "'VAR-SIGN-8'", Timestamp.from(Instant.now().minus(Duration.ofHours(1)))));

        long resumed = startSigning("VAR-SIGN-8", variationFields());
        engine.awaitCompleted(resumed);
        assertThat(engine.completedElements(resumed)).contains(ContractSigningProcess.CONTRACT_NOT_SIGNED);
        assertThat(documents.get("VAR-SIGN-8").status()).isEqualTo(SigningStatus.LAPSED);
    }

    private Instant storedDeadline(String reference) {
        return jdbc.queryForObject("SELECT signing_deadline FROM contract_document WHERE reference = ?",
                Timestamp.class, reference).toInstant();
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
        assertThat(api.as(COLIN).get("/api/contracts/VAR-SIGN-5").status()).isEqualTo(404);
    }

    private long startSigning(String reference, Map<String, Object> fields) {
        ContractRequest request = new ContractRequest(reference, "contract-variation.docx", fields, List.of(
                new SignatoryRequest("provider", "Ann Provider", "ann@speyside.example", Signer.provider(PROVIDER)),
                new SignatoryRequest("council", "Colin Council", "colin@moray.example", Signer.council(COUNCIL))), 14);
        return client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request))
                .send().join().getProcessInstanceKey();
    }

    private JsonNode awaitAwaitingSignatures(String reference) {
        return await().atMost(EngineHarness.PATIENCE)
                .until(() -> api.as(COLIN).get("/api/contracts/" + reference),
                        r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body();
    }

    private String documentText(String reference) throws Exception {
        byte[] docx = documents.content(reference);
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }

    static Map<String, Object> variationFields() {
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
