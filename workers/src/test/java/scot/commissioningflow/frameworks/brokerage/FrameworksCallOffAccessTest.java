package scot.commissioningflow.frameworks.brokerage;

import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.referencedata.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The call-off and brokerage rows of the access matrix ({@code access/frameworks-calloff.csv}), each against a record
 * of its own: a package of supported-person posted by the social worker of the council the staff personas work for,
 * with the provider persona invited; a call-off by that council's commissioner. An allowed call passes every access
 * check and is then answered by the record's own rules (a 400 or 409 is still allowed), never a 500.
 */
class FrameworksCallOffAccessTest extends JourneyTest {

    @Autowired
    private JdbcTemplate jdbc;


    @Autowired

    ReferenceData referenceData;


    @Autowired

    PlatformTransactionManager transactions;

    private final List<Long> started = new ArrayList<>();

    static Stream<Row> rows() {
        return AccessMatrix.rows("frameworks-calloff").stream();
    }

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        boolean callOff = row.path().startsWith("/api/call-offs");
        String reference = row.situation().equals("-") ? (callOff ? "CO-NONE0000" : "CP-NONE0000")
                : callOff ? ownCallOff() : ownPackage();
        Api.Response answer = AccessMatrix.call(api, row, row.path().replace("{reference}", reference), body(row));
        if (row.situation().equals("not-theirs")) {
            assertThat(answer.status()).as(row + ": answered as a record that is not there").isEqualTo(404);
            return;
        }
        assertThat(AccessMatrix.complaint(row, answer.status())).isNull();
        if (row.expect() == Expect.ALLOWED) {
            assertThat(answer.status()).as(row + ": " + answer.body()).isLessThan(500);
        }
    }

    @Test
    void eachPersonListsOnlyThePackagesTheyMaySee() {
        String reference = ownPackage();
        for (String who : List.of("supported-person", "representative", "provider", "social-worker", "commissioner")) {
            assertThat(references(who)).as(who).contains(reference);
        }
        for (String who : List.of("other-supported-person", "other-provider", "other-council-commissioner")) {
            assertThat(references(who)).as(who).doesNotContain(reference);
        }
    }

    private List<String> references(String who) {
        return api.as(AccessMatrix.PEOPLE.get(who)).get("/api/care-packages").expect(200).body()
                .findValuesAsText("reference");
    }

    private String ownPackage() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admitAs(AccessMatrix.OWN_PROVIDER, "Own Provider", LotFixture.AREA, 5, "80.00", "30.00", null);
        Map<String, Object> body = new HashMap<>(BrokerageJourneyTest.carePackage(lot, "supported-person", null));
        var posted = api.as(AccessMatrix.PEOPLE.get("social-worker")).post("/api/care-packages", body).expect(201)
                .body();
        started.add(posted.path("processInstanceKey").asLong());
        engine.awaitElementCompleted(started.getLast(), BrokerageProcess.INVITE_PROVIDERS);
        return posted.path("reference").asText();
    }

    private String ownCallOff() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Ranked Care", 5, "80.00", "30.00", null);
        Map<String, Object> body = new HashMap<>(callOffBody(lot.frameworkReference));
        var requested = api.as(AccessMatrix.PEOPLE.get("commissioner")).post("/api/call-offs", body).expect(201)
                .body();
        started.add(requested.path("processInstanceKey").asLong());
        return requested.path("reference").asText();
    }

    private static Map<String, Object> callOffBody(String framework) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkReference", framework);
        body.put("lotNumber", 1);
        body.put("title", "Access matrix call-off");
        body.put("serviceDescription", "Support at home.");
        body.put("commissioningBody", "Demo HSCP");
        body.put("commissionerName", "Commissioner");
        body.put("commissionerEmail", "commissioner@council.example");
        body.put("method", "WITHOUT_REOPENING_COMPETITION");
        body.put("directBasis", "FRAMEWORK_RANKING");
        body.put("peopleInvolved", "Two tenants met us.");
        body.put("estimatedValueExVat", "40000.00");
        body.put("estimatedValueIncVat", "40000.00");
        body.put("startDate", java.time.LocalDate.now().plusMonths(1).toString());
        body.put("endDate", java.time.LocalDate.now().plusMonths(13).toString());
        body.put("outcomes", List.of(Map.of("outcome", "Stay at home", "indicator", "Tenancy held")));
        body.put("monitoringArrangements", "Quarterly");
        return body;
    }

    private static Object body(Row row) {
        if (row.method().name().equals("GET")) {
            return null;
        }
        String endpoint = row.path();
        if (endpoint.equals("/api/care-packages")) {
            return Map.of("frameworkReference", "FWK-NONE");
        }
        if (endpoint.equals("/api/call-offs")) {
            return callOffBody("FWK-NONE");
        }
        return switch (endpoint.substring(endpoint.lastIndexOf('/') + 1)) {
            case "offers" -> BrokerageJourneyTest.offer("25.00");
            case "award" -> endpoint.startsWith("/api/call-offs")
                    ? Map.of("rationale", "Matrix", "marks", List.of(Map.of("providerReference", "PRV-NONE",
                            "qualityScore", 50)))
                    : Map.of("providerReference", AccessMatrix.OWN_PROVIDER, "participants",
                            List.of(Map.of("who", "SUPPORTED_PERSON", "how", "Chose")));
            case "responses" -> Map.of("proposal", "Matrix", "hourlyRate", "25.00", "totalPrice", "1000.00",
                    "fairWorkDeclaration", scot.commissioningflow.commissioning.TenderFixtures
                            .fairWorkDeclaration(13.45));
            default -> throw new IllegalArgumentException("No body for " + row.endpoint());
        };
    }
}
