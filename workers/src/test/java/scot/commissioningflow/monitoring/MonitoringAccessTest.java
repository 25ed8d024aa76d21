package scot.commissioningflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The monitoring rows of the access matrix, against one contract of the provider persona's organisation bought by the
 * staff personas' council. Another provider, or another council's staff, asking about it is answered as if it were not
 * monitored at all.
 */
class MonitoringAccessTest extends JourneyTest {

    private static String ownContract;
    private static long complaint;

    @Autowired
    private ContractRegister register;
    @Autowired
    private JdbcTemplate jdbc;

    static Stream<Row> rows() {
        return AccessMatrix.rows("monitoring").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{reference}", ownContract()).replace("{id}", String.valueOf(complaint));
        Object body = row.method().name().equals("GET") ? null
                : path.endsWith("/complaints") ? aComplaint()
                : path.contains("/complaints/") ? Map.of("status", "NOT_UPHELD", "outcome", "Not borne out.")
                : Map.of("periodFrom", "2026-01-01", "periodTo", "2026-03-31", "plannedHours", 10,
                        "deliveredHours", 10, "lowestHourlyPay", 14.00, "outcomes", List.of());
        int status = AccessMatrix.call(api, row, path, body).status();
        if (row.situation().equals("not-theirs") || row.situation().equals("other-council")) {
            assertThat(status).as(row + ": answered as a contract that is not monitored").isEqualTo(404);
        } else {
            assertThat(AccessMatrix.complaint(row, status)).isNull();
        }
    }

    @Test
    void anotherCouncilsStaffDoNotFindTheContractInTheirList() {
        String reference = ownContract();
        assertThat(api.as(AccessMatrix.PEOPLE.get("other-council-procurement-officer")).get(
                "/api/monitoring/contracts").expect(200).body().findValuesAsText("contractReference"))
                .doesNotContain(reference);
        assertThat(api.as(AccessMatrix.PEOPLE.get("procurement-officer")).get("/api/monitoring/contracts")
                .expect(200).body().findValuesAsText("contractReference")).contains(reference);
    }

    private String ownContract() {
        if (ownContract == null) {
            String reference = "MON-ACC-" + UUID.randomUUID().toString().substring(0, 8);
            register.register(new ContractEntry(reference, ContractKind.OUTCOMES_BASED, "Supported living",
                    AccessMatrix.OWN_PROVIDER, "Own Provider", "Demo HSCP", LocalDate.now(), null,
                    new BigDecimal("120000.00"), null, List.of(), signedBy(AccessMatrix.OWN_COUNCIL)));
            await().atMost(EngineHarness.PATIENCE).until(() -> api.as("officer.access", AccessMatrix.OWN_COUNCIL,
                    Role.PROCUREMENT_OFFICER).get("/api/monitoring/contracts/" + reference).status() == 200);
            complaint = api.as("officer.access", AccessMatrix.OWN_COUNCIL, Role.PROCUREMENT_OFFICER)
                    .post("/api/monitoring/contracts/" + reference + "/complaints", aComplaint()).expect(200).body()
                    .path("id").asLong();
            ownContract = reference;
        }
        return ownContract;
    }

    /**
     * A signed contract document whose council party is this council, so the register knows who buys under the
     * contract. Written straight to the tables: how a document comes to be signed is the signing journey's to test.
     */
    private String signedBy(String council) {
        String document = "MON-DOC-" + UUID.randomUUID().toString().substring(0, 8);
        committed(() -> {
            jdbc.update("insert into contract_document (reference, template, sha256, content, status, generated_at)"
                    + " values (?, 'outcomes-based-contract.docx', ?, ?, 'SIGNED', current_timestamp(6))", document,
                    "0".repeat(64), new byte[] {1});
            jdbc.update("insert into contract_signatory (contract_reference, role, name, party, organisation)"
                    + " values (?, 'council', 'Demo HSCP', 'COUNCIL', ?)", document, council);
        });
        return document;
    }

    private static Map<String, Object> aComplaint() {
        return Map.of("receivedOn", LocalDate.now().toString(), "summary", "Carers late most mornings.",
                "status", "UNDER_INVESTIGATION");
    }
}
