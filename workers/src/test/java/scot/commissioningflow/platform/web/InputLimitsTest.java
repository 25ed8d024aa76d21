package scot.commissioningflow.platform.web;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.commissioning.TenderFixtures.careAtHome;
import static scot.commissioningflow.commissioning.TenderFixtures.fairWorkDeclaration;
import static scot.commissioningflow.commissioning.TenderFixtures.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Limits said in words, through the running product: a quality statement or need description of a million characters
 * is kept whole and one character more is refused naming the field and the limit; amounts beyond any contract, and
 * contract starts in 1999 or 9999, are refused as 400s that name the field, never stored and never a 500.
 */
class InputLimitsTest extends JourneyTest {

    private static final String COUNCIL = "HIGHLAND-HSCP";

    /** Exactly {@link TextLimits#STATEMENT} characters, Gaelic letters included. */
    private static final String MILLION_CHARACTERS = statementOf(TextLimits.STATEMENT);


    @BeforeAll
    static void publicContractsScotlandAcceptsNotices() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices"))
                .willReturn(okJson("{\"noticeId\": \"PCS-F21-0001\"}")));
    }

    @Test
    void aQualityStatementOfAMillionCharactersIsKeptWholeAndOneMoreIsRefusedNamingTheLimit() {
        String reference = create(careAtHome("Care at home, Nairn", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        try {
            Map<String, Object> tooLong = new HashMap<>(response("PRV-LIM-A", "Nairn Care", 400_000, 27.5,
                    fairWorkDeclaration(13.45)));
            tooLong.put("qualityStatement", MILLION_CHARACTERS + "!");
            JsonNode refused = provider("PRV-LIM-A").post("/api/opportunities/" + reference + "/responses", tooLong)
                    .expect(400).body();
            assertThat(problems(refused, "qualityStatement"))
                    .containsExactly("qualityStatement must be at most 1,000,000 characters");

            Map<String, Object> whole = new HashMap<>(tooLong);
            whole.put("qualityStatement", MILLION_CHARACTERS);
            long responseId = provider("PRV-LIM-A").post("/api/opportunities/" + reference + "/responses", whole)
                    .expect(201).body().path("responseId").asLong();

            await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/" + reference)
                    .expect(200).body().path("contractNoticeId").asText(), "PCS-F21-0001"::equals);
            engine.passTime(Duration.ofDays(36));
            awaitStatus(reference, "EVALUATING");
            JsonNode kept = null;
            for (JsonNode stored : commissioner().get("/api/tenders/" + reference + "/responses").expect(200)
                    .body()) {
                if (stored.path("id").asLong() == responseId) {
                    kept = stored;
                }
            }
            assertThat(kept).as("the response read back").isNotNull();
            String statement = kept.path("qualityStatement").asText();
            assertThat(statement).hasSize(TextLimits.STATEMENT);
            assertThat(statement).isEqualTo(MILLION_CHARACTERS);
        } finally {
            cancel(reference);
        }
    }

    @Test
    void aNeedDescriptionOfAMillionCharactersIsKeptWholeAndOneMoreIsRefusedNamingTheLimit() {
        Map<String, Object> tooLong = new HashMap<>(careAtHome("Care at home, Keith", 420_000));
        tooLong.put("needDescription", MILLION_CHARACTERS + "!");
        assertThat(problems(commissioner().post("/api/tenders", tooLong).expect(400).body(), "needDescription"))
                .containsExactly("needDescription must be at most 1,000,000 characters");

        Map<String, Object> whole = new HashMap<>(tooLong);
        whole.put("needDescription", MILLION_CHARACTERS);
        String reference = create(whole);
        try {
            assertThat(commissioner().get("/api/tenders/" + reference).expect(200).body().path("needDescription")
                    .asText()).isEqualTo(MILLION_CHARACTERS);
        } finally {
            cancel(reference);
        }
    }

    @Test
    void amountsBeyondAnyContractAreRefusedNamingTheField() {
        for (String amount : new String[] {"1E+25", "1000000000000", "-5", "420000.123"}) {
            Map<String, Object> tender = new HashMap<>(careAtHome("Care at home, Elgin", 420_000));
            tender.put("estimatedValueExVat", new BigDecimal(amount));
            JsonNode refused = commissioner().post("/api/tenders", tender).expect(400).body();
            assertThat(problems(refused, "estimatedValueExVat")).as(amount).isNotEmpty();
        }
        Map<String, Object> tender = new HashMap<>(careAtHome("Care at home, Elgin", 420_000));
        tender.put("estimatedValueIncVat", new BigDecimal("1E+12"));
        assertThat(problems(commissioner().post("/api/tenders", tender).expect(400).body(), "estimatedValueIncVat"))
                .containsExactly("estimatedValueIncVat must be at most £10,000,000,000");
    }

    @Test
    void aPriceOrRateBeyondAnyContractIsRefusedNamingTheField() {
        String reference = create(careAtHome("Care at home, Forres", 420_000));
        awaitStatus(reference, "OPEN_FOR_RESPONSES");
        try {
            Map<String, Object> priced = new HashMap<>(response("PRV-LIM-B", "Forres Care", 400_000, 27.5,
                    fairWorkDeclaration(13.45)));
            priced.put("totalPrice", new BigDecimal("1E+25"));
            priced.put("hourlyRate", new BigDecimal("1E+12"));
            JsonNode refused = provider("PRV-LIM-B").post("/api/opportunities/" + reference + "/responses", priced)
                    .expect(400).body();
            assertThat(problems(refused, "totalPrice")).containsExactly("totalPrice must be at most £10,000,000,000");
            assertThat(problems(refused, "hourlyRate")).containsExactly("hourlyRate must be at most £1,000 an hour");
        } finally {
            cancel(reference);
        }
    }

    @Test
    void aContractStartThatCannotBeMeantIsNotPublishedAsAnOpportunity() {
        for (String start : new String[] {"1999-01-01", "9999-12-31"}) {
            Map<String, Object> tender = new HashMap<>(careAtHome("Care at home, Buckie " + start, 420_000));
            tender.put("contractStartDate", start);
            JsonNode refused = commissioner().post("/api/tenders", tender).expect(400).body();
            assertThat(problems(refused, "contractStartDate")).as(start).singleElement().asString()
                    .startsWith("contractStartDate must be between today (")
                    .contains("(10 years ahead)");
        }
        assertThat(api.get("/api/opportunities").expect(200).body().findValuesAsText("title"))
                .noneMatch(title -> title.startsWith("Care at home, Buckie"));
    }

    @Test
    void everyMessageStatesTheLimitItsFieldKeepsTo() throws Exception {
        for (String kind : new String[] {"REFERENCE", "IDENTIFIER", "ROLE", "NAME", "TITLE", "EMAIL", "LINE", "NOTE",
                "STATEMENT"}) {
            int limit = TextLimits.class.getField(kind).getInt(null);
            assertThat(TextLimits.class.getField(kind + "_TOO_LONG").get(null)).as(kind)
                    .isEqualTo(String.format(Locale.UK, "must be at most %,d characters", limit));
        }
    }

    private static String statementOf(int length) {
        String sentence = "Seònaid and Màiri plan each week with us, in their own words. ";
        StringBuilder text = new StringBuilder(length + sentence.length());
        while (text.length() < length) {
            text.append(sentence);
        }
        return text.substring(0, length);
    }

    /** The messages the problem gives for a field, each of which must name it; at least one is expected. */
    private static List<String> problems(JsonNode refused, String field) {
        List<String> messages = new ArrayList<>();
        for (JsonNode error : refused.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                messages.add(error.path("message").asText());
            }
        }
        assertThat(messages).as("problems named " + field + " in " + refused).isNotEmpty()
                .allMatch(message -> message.startsWith(field + " must "));
        return messages;
    }

    private Api.SignedIn commissioner() {
        return api.as("morag.fraser", COUNCIL, Role.COMMISSIONER);
    }

    private Api.SignedIn provider(String providerReference) {
        return api.as(providerReference.toLowerCase(), providerReference, Role.PROVIDER_USER);
    }

    private String create(Map<String, Object> tender) {
        return commissioner().post("/api/tenders", tender).expect(201).body().path("reference").asText();
    }

    private JsonNode awaitStatus(String reference, String status) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/tenders/" + reference).expect(200).body(),
                body -> body.path("status").asText().equals(status));
    }

    /** Ends the tender's process, so its timers do not run on into other tests. */
    private void cancel(String reference) {
        engine.cancelIfRunning(commissioner().get("/api/tenders/" + reference).expect(200).body()
                .path("processInstanceKey").asLong());
    }
}
