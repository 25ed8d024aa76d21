package scot.commissioningflow.faults;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows each of the product's tables holds: the records, documents, signatures, notifications, tasks and
 * audit entries a journey leaves behind. Two runs of the same journeys, one of them with a fault, must add the same
 * number of rows to every table: fewer is something lost, more is something done twice.
 *
 * <p>What the product sent to outside services (notifications, e-signature envelopes and reminders, notices) is
 * counted with them, as {@code POST /<service>}. Retrying an incident is itself a decision the audit trail keeps, so
 * those entries are counted apart; refused requests are left out, since how often a test's polling is refused (a
 * contract asked for before it exists) depends on timing alone.
 */
record RecordCounts(Map<String, Long> rows) {

    static final String RETRIES_AUDITED = "audit_entry (incident.retried)";

    /**
     * A restart's own bookkeeping, counted apart so that a case can check it against what the restart left: the audit
     * entry of each process resumed (or listed for an officer), and the tasks of lost processes, withdrawn and given
     * again under new keys. Every case still compares them, like every table.
     */
    static final String RESUMPTIONS_AUDITED = "audit_entry (process.resumed, process.not-resumed)";
    static final String TASKS_WITHDRAWN = "human_task (withdrawn)";
    private static final String RESUMPTION_ACTIONS = "'process.resumed', 'process.not-resumed'";

    /**
     * Tables a timer fills when the engine's clock passes a date, whatever journeys run: the quarterly flexibility
     * report is written once per quarter the clock enters, so only the first run that moves the clock past one adds it.
     */
    private static final Set<String> ON_THE_CALENDAR = Set.of("flexibility_report");

    static RecordCounts of(JdbcTemplate jdbc, WireMockServer services) {
        Map<String, Long> rows = new TreeMap<>();
        for (ServeEvent sent : services.getAllServeEvents()) {
            if (sent.getRequest().getMethod() == RequestMethod.POST) {
                String path = sent.getRequest().getUrl();
                rows.merge("POST /" + path.split("/")[1], 1L, Long::sum);
            }
        }
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class)) {
            if (table.startsWith("flyway") || ON_THE_CALENDAR.contains(table.toLowerCase())) {
                continue;
            }
            String where = switch (table.toLowerCase()) {
                case "audit_entry" -> " WHERE action NOT IN ('incident.retried', 'access.refused', "
                        + RESUMPTION_ACTIONS + ")";
                case "human_task" -> " WHERE status <> 'WITHDRAWN'";
                default -> "";
            };
            rows.put(table.toLowerCase(), jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`" + where,
                    Long.class));
        }
        rows.put(RETRIES_AUDITED, jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'incident.retried'", Long.class));
        rows.put(RESUMPTIONS_AUDITED, jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action IN (" + RESUMPTION_ACTIONS + ")", Long.class));
        rows.put(TASKS_WITHDRAWN, jdbc.queryForObject(
                "SELECT COUNT(*) FROM human_task WHERE status = 'WITHDRAWN'", Long.class));
        return new RecordCounts(rows);
    }

    /** Rows added since {@code before}, table by table. */
    RecordCounts since(RecordCounts before) {
        Map<String, Long> added = new TreeMap<>();
        rows.forEach((table, count) -> added.put(table, count - before.rows.getOrDefault(table, 0L)));
        return new RecordCounts(added);
    }

    long total() {
        return rows.entrySet().stream().filter(e -> !e.getKey().equals(RETRIES_AUDITED))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Rows this run added beyond what {@code expected} added (duplicates), table by table, for the message. */
    Map<String, Long> surplusOver(RecordCounts expected) {
        Map<String, Long> surplus = new TreeMap<>();
        rows.forEach((table, count) -> {
            long more = count - expected.rows.getOrDefault(table, 0L);
            if (more > 0 && !table.equals(RETRIES_AUDITED)) {
                surplus.put(table, more);
            }
        });
        return surplus;
    }

    /** Rows {@code expected} added that this run did not (lost), table by table. */
    Map<String, Long> shortfallUnder(RecordCounts expected) {
        Map<String, Long> shortfall = new TreeMap<>();
        expected.rows.forEach((table, count) -> {
            long fewer = count - rows.getOrDefault(table, 0L);
            if (fewer > 0 && !table.equals(RETRIES_AUDITED)) {
                shortfall.put(table, fewer);
            }
        });
        return shortfall;
    }

    static long sum(Map<String, Long> byTable) {
        return byTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
