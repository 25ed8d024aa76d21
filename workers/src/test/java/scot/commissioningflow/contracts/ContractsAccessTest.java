package scot.commissioningflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The contract rows of the access matrix ({@code access/contracts.csv}), each run against an agreement of its own
 * awaiting signatures: an ISF agreement whose parties are the supported-person persona (for whom the representative
 * persona acts), the provider persona's organisation and the council the staff personas work for.
 */
class ContractsAccessTest extends JourneyTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String PERSON_NAME = "Matrix Person";

    @LocalServerPort
    private int port;

    @Autowired
    private CamundaClient client;

    @Autowired
    private ContractDocuments documents;

    @Autowired
    private ContractRegister register;

    static Stream<Row> rows() {
        return AccessMatrix.rows("contracts").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String reference = switch (row.situation()) {
            case "-" -> "NONE";
            case "registered" -> registered(agreementAwaitingSignatures());
            default -> agreementAwaitingSignatures();
        };
        String path = row.path().replace("{reference}", reference);
        Api.Response answer = switch (row.situation()) {
            case "with-webhook-secret" -> api.withAuthorization(null).postWithHeader(path, signature(row, reference),
                    "X-E-Signature-Secret", "test-webhook-secret");
            case "without-webhook-secret" -> api.withAuthorization(null).post(path, signature(row, reference));
            default -> row.path().endsWith("/document") ? documentAnswer(row, path)
                    : AccessMatrix.call(api, row, path,
                            row.path().endsWith("/signatures") ? signature(row, reference) : null);
        };
        assertThat(AccessMatrix.complaint(row, answer.status())).isNull();
        if (row.expect() == Expect.ALLOWED) {
            assertThat(answer.status()).as(row + ": " + answer.body()).isLessThan(300);
        }
    }

    /** The document is a Word file, not JSON: only its status is read, and a refusal's problem as text. */
    private Api.Response documentAnswer(Row row, String path) {
        SignedInPerson person = AccessMatrix.PEOPLE.get(row.who());
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(headers -> {
                    if (person != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, SignedTokens.bearer(person));
                    }
                })
                .exchange((request, response) -> {
                    byte[] content = response.getBody().readAllBytes();
                    return new Api.Response(response.getStatusCode().value(), response.getStatusCode().isError()
                            ? JsonNodeFactory.instance.textNode(new String(content, StandardCharsets.UTF_8))
                            : JsonNodeFactory.instance.numberNode(content.length));
                });
    }

    @Test
    void theRegisterNamesThePersonOnlyToThoseEntitledAndShowsEachProviderItsOwn() {
        String reference = registered(agreementAwaitingSignatures());
        for (String entitled : List.of("provider", "commissioner", "social-worker", "procurement-officer")) {
            assertThat(entry(entitled, reference).path("title").asText()).as(entitled)
                    .isEqualTo("Individual service fund for " + PERSON_NAME);
        }
        assertThat(liveToday("other-provider")).doesNotContain(reference);
        assertThat(liveToday("other-council-commissioner")).doesNotContain(reference);
        JsonNode analysts = entry("programme-analyst", reference);
        assertThat(analysts.path("title").asText()).isEqualTo("Individual service fund");
        assertThat(analysts.path("outcomes")).isEmpty();
        assertThat(api.as(AccessMatrix.PEOPLE.get("programme-analyst")).get("/api/contract-register/" + reference)
                .expect(200).body().toString()).doesNotContain(PERSON_NAME);
        assertThat(api.as(AccessMatrix.PEOPLE.get("other-provider")).get("/api/contract-register/" + reference)
                .expect(403).body().toString()).doesNotContain(PERSON_NAME);
    }

    private JsonNode entry(String who, String reference) {
        JsonNode live = api.as(AccessMatrix.PEOPLE.get(who)).get("/api/contract-register").expect(200).body();
        for (JsonNode entry : live) {
            if (entry.path("reference").asText().equals(reference)) {
                return entry;
            }
        }
        throw new AssertionError(who + " does not see " + reference + " in the register: " + live);
    }

    private List<String> liveToday(String who) {
        return api.as(AccessMatrix.PEOPLE.get(who)).get("/api/contract-register").expect(200).body()
                .findValuesAsText("reference");
    }

    /** An ISF agreement between the personas, generated and awaiting every signature. */
    private String agreementAwaitingSignatures() {
        String reference = "MATRIX-" + System.nanoTime() + "-" + NUMBERS.incrementAndGet();
        ContractRequest request = new ContractRequest(reference, "contract-variation.docx",
                ContractSigningJourneyTest.variationFields(), List.of(
                        new SignatoryRequest("supported-person", PERSON_NAME, "matrix@example.org",
                                Signer.person("supported-person", null)),
                        new SignatoryRequest("provider", "Own Provider", "own@provider.example",
                                Signer.provider(AccessMatrix.OWN_PROVIDER)),
                        new SignatoryRequest("council", "Demo HSCP", "sw@demo.example",
                                Signer.council(AccessMatrix.OWN_COUNCIL))), 14);
        client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request)).send().join();
        await().atMost(EngineHarness.PATIENCE).ignoreExceptions()
                .until(() -> documents.get(reference).status() == SigningStatus.AWAITING_SIGNATURES);
        return reference;
    }

    private String registered(String reference) {
        register.register(new ContractEntry(reference, ContractKind.INDIVIDUAL_SERVICE_FUND,
                "Individual service fund for " + PERSON_NAME, AccessMatrix.OWN_PROVIDER, "Own Provider",
                "Demo Health and Social Care Partnership", LocalDate.now().minusDays(1), null,
                new BigDecimal("12000"), null, List.of(ContractedOutcome.inOwnWords("Stay in my own flat")),
                reference));
        return reference;
    }

    /** A signature for the party the row's person would sign for, quoting the document's fingerprint. */
    private Map<String, Object> signature(Row row, String reference) {
        String role = switch (row.who()) {
            case "provider", "other-provider" -> "provider";
            case "supported-person", "other-supported-person", "representative" -> "supported-person";
            default -> "council";
        };
        SignedInPerson person = AccessMatrix.PEOPLE.get(row.who());
        return Map.of("signatoryRole", role, "signedBy", person == null ? "E-signature signer" : person.displayName(),
                "documentSha256", documents.get(reference).documentSha256());
    }
}
