package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.reporting.OpenDataContributor;
import scot.commissioningflow.reporting.OpenRelease;
import scot.commissioningflow.reporting.OpenRelease.Award;
import scot.commissioningflow.reporting.OpenRelease.Organisation;
import scot.commissioningflow.reporting.OpenRelease.RelatedProcess;
import scot.commissioningflow.reporting.OpenRelease.Stage;
import scot.commissioningflow.reporting.OpenRelease.Techniques;

/**
 * National frameworks and their call-offs as open contracting processes, with the OCDS techniques extension: a
 * framework is a tender with {@code hasFrameworkAgreement} and both framework methods, its admitted members as
 * tenderers; each call-off is a process of its own ({@code framework-} and the call-off reference) whose tender names
 * its framework method and whose every release names the framework as a related process. Kept here, beside the
 * call-offs, because one contributor gives one process kind and a call-off's process cannot be told without its
 * framework.
 * <p>
 * Only what an award notice would say is published: never the person's choice or who took part (their words may name
 * people); who responded to a mini-competition only once responses have closed.
 */
@Component
class FrameworkOpenData implements OpenDataContributor {

    private static final String KIND = "framework";
    private static final String CALL_OFF = "CO-";

    private final JdbcTemplate jdbc;

    FrameworkOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processKind() {
        return KIND;
    }

    @Override
    public List<String> processIds() {
        return Stream.concat(
                jdbc.queryForList("SELECT reference FROM framework ORDER BY set_up_at, reference", String.class)
                        .stream(),
                jdbc.queryForList("SELECT reference FROM call_off ORDER BY created_at, id", String.class).stream())
                .map(reference -> KIND + "-" + reference).toList();
    }

    @Override
    public Optional<ContractingProcess> process(String processId) {
        String reference = processId.startsWith(KIND + "-") ? processId.substring(KIND.length() + 1) : "";
        Optional<List<OpenRelease>> releases = reference.startsWith(CALL_OFF) ? callOff(reference)
                : framework(reference);
        return releases.map(r -> new ContractingProcess(processId, r));
    }

    private record FrameworkRow(String reference, String title, String buyerCode, String buyerName, String status,
            LocalDate startsOn, LocalDate endsOn, Instant setUpAt) {
    }

    private Optional<FrameworkRow> frameworkRow(String reference) {
        return jdbc.query("SELECT reference, title, buyer_organisation, buyer_name, status, starts_on, ends_on,"
                + " set_up_at FROM framework WHERE reference = ?", (r, n) -> new FrameworkRow(r.getString(1),
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), date(r, 6), date(r, 7),
                        r.getTimestamp(8).toInstant()), reference).stream().findFirst();
    }

    private Optional<List<OpenRelease>> framework(String reference) {
        return frameworkRow(reference).map(f -> {
            List<Organisation> members = jdbc.query("SELECT DISTINCT provider_reference, provider_name FROM"
                    + " framework_member WHERE framework_reference = ? ORDER BY provider_name, provider_reference",
                    (r, n) -> new Organisation("provider", r.getString(1), r.getString(2)), reference);
            OpenRelease.Tender tender = new OpenRelease.Tender(f.reference(), f.title(), null,
                    frameworkStatus(f.status()), "open", "Framework agreement: light-touch regime, open procedure,"
                            + " reopened for new entrants", null, null, null, f.startsOn(), f.endsOn(), members,
                    new Techniques(true, "withAndWithoutReopeningCompetition", false));
            return List.of(new OpenRelease("tender", f.setUpAt(), Stage.TENDER, new Organisation("council",
                    f.buyerCode(), f.buyerName()), null, tender, List.of(), List.of(), List.of()));
        });
    }

    private record CallOffRow(long id, String reference, String frameworkReference, int lotNumber, String councilCode,
            String body, String title, CallOffMethod method, BigDecimal value, LocalDate start, LocalDate end,
            Instant responsesCloseAt, String route, CallOffStatus status, String supplierReference,
            String supplierName, LocalDate awardedOn, String contractReference, Instant createdAt) {
    }

    private Optional<List<OpenRelease>> callOff(String reference) {
        return jdbc.query("SELECT id, reference, framework_reference, lot_number, council_code, commissioning_body,"
                + " title, method, value_ex_vat, start_date, end_date, responses_close_at, route, status,"
                + " awarded_provider, awarded_provider_name, awarded_on, contract_reference, created_at FROM call_off"
                + " WHERE reference = ?", FrameworkOpenData::callOffRow, reference).stream().findFirst()
                .map(this::releases);
    }

    private List<OpenRelease> releases(CallOffRow c) {
        Organisation buyer = new Organisation("council", c.councilCode(), c.body());
        String frameworkTitle = frameworkRow(c.frameworkReference()).map(FrameworkRow::title)
                .orElse(c.frameworkReference());
        List<RelatedProcess> framework = List.of(new RelatedProcess("framework", "framework", frameworkTitle,
                KIND + "-" + c.frameworkReference()));
        boolean competed = c.method() == CallOffMethod.WITH_REOPENING_COMPETITION;
        boolean closed = c.status() != CallOffStatus.REQUESTED && c.status() != CallOffStatus.OPEN_FOR_RESPONSES;
        List<Organisation> tenderers = !competed || !closed ? List.of() : jdbc.query("SELECT provider_reference,"
                + " provider_name FROM call_off_response WHERE call_off_id = ? AND responded_at IS NOT NULL"
                + " ORDER BY responded_at, id", (r, n) -> new Organisation("provider", r.getString(1),
                        r.getString(2)), c.id());
        OpenRelease.Tender tender = new OpenRelease.Tender(c.reference(), c.title(), null, callOffStatus(c.status()),
                competed ? "selective" : "direct", (competed ? "Mini-competition" : "Direct award") + " under lot "
                        + c.lotNumber() + " of framework " + c.frameworkReference()
                        + (c.route() == null ? "" : " (" + c.route() + ")"), null, c.value(),
                c.responsesCloseAt(), c.start(), c.end(), tenderers, new Techniques(true, c.method().ocdsCode(),
                        false));
        List<OpenRelease> releases = new ArrayList<>();
        releases.add(new OpenRelease("tender", c.createdAt(), Stage.TENDER, buyer, null, tender, List.of(),
                List.of(), framework));
        if (c.supplierReference() == null || c.awardedOn() == null) {
            return releases;
        }
        Instant awardedAt = c.awardedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        String awardStatus = c.status() == CallOffStatus.CONTRACT_NOT_SIGNED ? "cancelled" : "active";
        Award award = new Award("award", c.title(), awardStatus, awardedAt, c.value(), List.of(new Organisation(
                "provider", c.supplierReference(), c.supplierName())), c.start(), c.end());
        releases.add(new OpenRelease("award", awardedAt.isBefore(c.createdAt()) ? c.createdAt() : awardedAt,
                Stage.AWARD, buyer, null, null, List.of(award), List.of(), framework));
        if (c.contractReference() != null) {
            OpenRelease.Contract contract = new OpenRelease.Contract(c.contractReference(), "award", c.title(),
                    "active", c.value(), c.start(), c.end(), null, List.of(), List.of());
            releases.add(new OpenRelease("contract", releases.getLast().date(), Stage.CONTRACT, buyer, null, null,
                    List.of(award), List.of(contract), framework));
        }
        return releases;
    }

    private static CallOffRow callOffRow(ResultSet r, int n) throws SQLException {
        Timestamp closes = r.getTimestamp(12);
        return new CallOffRow(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                r.getString(6), r.getString(7), CallOffMethod.valueOf(r.getString(8)), r.getBigDecimal(9),
                date(r, 10), date(r, 11), closes == null ? null : closes.toInstant(), r.getString(13),
                CallOffStatus.valueOf(r.getString(14)), r.getString(15), r.getString(16), date(r, 17),
                r.getString(18), r.getTimestamp(19).toInstant());
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String frameworkStatus(String status) {
        return switch (status) {
            case "SETTING_UP" -> "planned";
            case "OPEN_FOR_RESPONSES", "LIVE" -> "active";
            default -> "complete";
        };
    }

    private static String callOffStatus(CallOffStatus status) {
        return switch (status) {
            case REQUESTED, OPEN_FOR_RESPONSES, EVALUATING -> "active";
            case NOT_AWARDED -> "unsuccessful";
            default -> "complete";
        };
    }
}
