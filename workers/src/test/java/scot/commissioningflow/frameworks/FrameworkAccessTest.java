package scot.commissioningflow.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The frameworks' rows of the access matrix. The procurement lead persona's organisation runs one framework (standing
 * in for the national body) and another organisation runs a second; both are set up through the API once.
 */
class FrameworkAccessTest extends JourneyTest {

    private static String own;
    private static String other;
    private static final List<Long> STARTED = new ArrayList<>();
    private static EngineHarness harness;

    @Autowired
    FrameworkAgreements agreements;

    static Stream<Row> rows() {
        return AccessMatrix.rows("frameworks").stream();
    }

    @BeforeEach
    void twoFrameworksRunByTwoOrganisations() {
        harness = engine;
        if (own == null) {
            own = setUp(AccessMatrix.PEOPLE.get("procurement-lead"));
            other = setUp(new scot.commissioningflow.identity.SignedInPerson("other-lead", "Other lead",
                    java.util.Set.of(Role.PROCUREMENT_LEAD), AccessMatrix.OTHER_COUNCIL, null));
        }
    }

    @AfterAll
    static void endTheFrameworks() {
        STARTED.forEach(harness::cancelIfRunning);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String framework = row.situation().equals("other-framework") ? other : own;
        String path = row.path().replace("{reference}", framework).replace("{dataset}", "framework-prices")
                .replace("{lotNumber}", "1")
                .replace("{providerReference}", row.situation().equals("others-prices") ? AccessMatrix.OTHER_PROVIDER
                        : AccessMatrix.OWN_PROVIDER);
        // An uplift's body must be valid for the framework's organisation to be checked at all.
        // A price's body must be valid too: whose framework it prices is checked once it is read.
        Object body = !row.method().name().equals("POST") ? null : row.path().endsWith("/uplifts")
                ? Map.of("effectiveFrom", LocalDate.now().plusDays(10).toString(), "upliftPercent", 1, "reason",
                        "Access matrix")
                : row.path().startsWith("/api/reference-data") ? price(framework)
                : Map.of("reason", "Access matrix");
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, body).status())).isNull();
    }

    /** A line of a member's price schedule on lot 1 of the framework, from tomorrow. */
    private static Map<String, Object> price(String framework) {
        return Map.of("effectiveFrom", LocalDate.now().plusDays(1).toString(), "sourceNote", "Access matrix",
                "reason", "Access matrix", "frameworkReference", framework, "lotNumber", 1, "providerReference",
                AccessMatrix.OWN_PROVIDER, "pricedService", "Care at home hour", "unit", "HOUR", "rate", "25.00");
    }

    private String setUp(scot.commissioningflow.identity.SignedInPerson lead) {
        Map<String, Object> setUp = new HashMap<>();
        setUp.put("title", "Access matrix framework");
        setUp.put("buyerName", "Matrix national body");
        setUp.put("contactEmail", "matrix@example.org");
        setUp.put("startsOn", LocalDate.now().toString());
        setUp.put("endsOn", LocalDate.now().plusYears(2).toString());
        setUp.put("qualityPercent", 90);
        setUp.put("pricePercent", 10);
        setUp.put("reopenEveryMonths", 12);
        setUp.put("applicationWindowDays", 30);
        setUp.put("lots", List.of(Map.of("title", "Care at home", "careService", "Support Service", "clientGroup",
                "Older people", "councilAreas", List.of("Moray"), "minimumGrade", 4, "pricedServices",
                List.of(Map.of("name", "Care at home hour", "unit", "HOUR")))));
        String reference = api.as(lead).post("/api/frameworks", setUp).expect(201).body().path("reference").asText();
        STARTED.add(agreements.processInstanceKey(reference));
        return reference;
    }
}
