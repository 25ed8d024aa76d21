package scot.commissioningflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.JourneyTest;

/** The trail keeps every decision with who made it, and nothing (not even the application's own SQL) can rewrite it. */
class AuditTrailTest extends JourneyTest {

    private static final SignedInPerson ADMINISTRATOR = new SignedInPerson("iona.admin", "Iona",
            Set.of(Role.ADMINISTRATOR), "DEMO-HSCP", null);

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDecisionIsKeptWithWhoMadeItAndIsReadByThoseEntitled() {
        SignedInPerson commissioner = new SignedInPerson("ailsa.kerr", "Ailsa", Set.of(Role.COMMISSIONER),
                "DEMO-HSCP", null);
        committed(() -> trail.record(commissioner,
                AuditEntry.of("award.decided", "tender", "TEST-AUDIT-1", "Highest score: 84 of 100").inProcess(42L)));

        JsonNode entries = api.as(ADMINISTRATOR).get("/api/audit?subjectReference=TEST-AUDIT-1").expect(200).body()
                .path("content");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("who").asText()).isEqualTo("ailsa.kerr");
        assertThat(entries.get(0).path("whoseRoles").asText()).isEqualTo("COMMISSIONER");
        assertThat(entries.get(0).path("action").asText()).isEqualTo("award.decided");
        assertThat(entries.get(0).path("why").asText()).isEqualTo("Highest score: 84 of 100");
        assertThat(entries.get(0).path("processInstanceKey").asLong()).isEqualTo(42L);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        committed(() -> trail.recordBySystem("test",
                AuditEntry.of("route.chosen", "tender", "TEST-AUDIT-2", "Below the threshold")));

        assertThatThrownBy(() -> committed(() -> jdbc.update("UPDATE audit_entry SET reason = 'rewritten' "
                + "WHERE subject_reference = 'TEST-AUDIT-2'"))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> committed(() -> jdbc.update("DELETE FROM audit_entry WHERE subject_reference = "
                + "'TEST-AUDIT-2'"))).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT reason FROM audit_entry WHERE subject_reference = 'TEST-AUDIT-2'",
                String.class)).isEqualTo("Below the threshold");
    }

    @Test
    void aReasonQuotingAMegabyteIsKeptShortenedRatherThanLost() {
        String megabyte = "Our approach to outcomes. ".repeat(40_000);
        committed(() -> trail.recordBySystem("test",
                AuditEntry.of("access.refused", "request", "POST /api/" + megabyte, "You sent " + megabyte)));

        String kept = jdbc.queryForObject("SELECT reason FROM audit_entry WHERE reason LIKE 'You sent Our approach%'",
                String.class);
        assertThat(kept).hasSize(AuditRecord.WHY_LIMIT).endsWith("(1040009 characters, shortened)");
    }

    @Test
    void aDecisionCannotBeRecordedOutsideTheTransactionThatMakesIt() {
        assertThatThrownBy(() -> trail.recordBySystem("test", AuditEntry.of("route.chosen", "tender", "X", "y")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRefusedRequestIsKeptWithWhoAskedAndWhatTheyWereTold() {
        api.as("moira.provider", "PRV-OWN00001", Role.PROVIDER_USER).get("/api/audit").expect(403);

        JsonNode entries = api.as(ADMINISTRATOR).get("/api/audit?action=access.refused&who=moira.provider")
                .expect(200).body().path("content");
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).path("subjectReference").asText()).isEqualTo("GET /api/audit");
        assertThat(entries.get(0).path("why").asText()).startsWith("Your role does not allow this");
    }
}
