package scot.commissioningflow.frameworks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.referencedata.ReferenceData;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A live framework with one lot and admitted members, written straight into the framework, provider register and
 * Care Inspectorate tables, as the framework agreement process and the datastore import leave them: call-offs and
 * brokerage read it through {@link Frameworks} and {@link scot.commissioningflow.providers.CareServices} as they
 * would any framework. Each fixture has references of its own, so journeys sharing the database do not meet.
 */
public final class LotFixture {

    public static final String AREA = "Highland";
    public static final String PRICED_SERVICE = "Care at home: day hour";

    public final String frameworkReference;
    public final int lotNumber = 1;
    public final List<Member> members = new ArrayList<>();
    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;
    private final PlatformTransactionManager transactions;
    private final String suffix;

    /** A member: its provider reference, and what the fixture gave it. */
    public record Member(String providerReference, String providerName, String serviceNumber, int grade,
            BigDecimal frameworkScore, BigDecimal rate) {
    }

    private LotFixture(JdbcTemplate jdbc, ReferenceData referenceData, PlatformTransactionManager transactions,
            int qualityPercent) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.transactions = transactions;
        this.suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        this.frameworkReference = "FWK-" + suffix;
        Timestamp now = Timestamp.from(Instant.now());
        committed(() -> {
            jdbc.update("""
                    insert into framework (reference, title, buyer_organisation, buyer_name, contact_email, status,
                      starts_on, ends_on,
                      quality_percent, price_percent, reopen_every_months, application_window_days, round_number,
                      set_up_by, set_up_at)
                    values (?, 'Care and support (test)', 'SCOTLAND-EXCEL', 'Scotland Excel',
                      'frameworks@scotland-excel.example', 'LIVE', ?, ?, ?, ?, 12, 30, 1, 'fixture', ?)""",
                    frameworkReference, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3), qualityPercent,
                    100 - qualityPercent, now);
            jdbc.update("""
                    insert into framework_lot (framework_reference, lot_number, title, care_service, client_group,
                      council_areas, minimum_grade, priced_services)
                    values (?, 1, 'Care at home, Highland', 'Support Service', 'Older People', ?, 4, ?)""",
                    frameworkReference, "[\"" + AREA + "\",\"Moray\"]",
                    "[{\"name\":\"" + PRICED_SERVICE + "\",\"unit\":\"HOUR\"}]");
        });
    }

    /** A live framework weighing quality against price as the care and support framework does, 90/10. */
    public static LotFixture liveFramework(JdbcTemplate jdbc, ReferenceData referenceData,
            PlatformTransactionManager transactions) {
        return new LotFixture(jdbc, referenceData, transactions, 90);
    }

    /** A member with a service in the lot's area graded {@code grade}, its framework score and scheduled rate. */
    public Member admit(String name, int grade, String frameworkScore, String rate, Integer weeklyCapacityHours) {
        return admitIn(name, AREA, grade, frameworkScore, rate, weeklyCapacityHours);
    }

    public Member admitIn(String name, String councilArea, int grade, String frameworkScore, String rate,
            Integer weeklyCapacityHours) {
        int n = members.size() + 1;
        return admitAs("PRV-" + suffix.substring(0, 4) + n + suffix.substring(4), name, councilArea, grade,
                frameworkScore, rate, weeklyCapacityHours);
    }

    /** A member under a provider reference of the test's choosing, already in the register or not. */
    public Member admitAs(String provider, String name, String councilArea, int grade, String frameworkScore,
            String rate, Integer weeklyCapacityHours) {
        int n = members.size() + 1;
        String service = "CS" + suffix + n;
        Timestamp now = Timestamp.from(Instant.now());
        committed(() -> {
            jdbc.update("""
                    insert ignore into provider (reference, name, organisation_type, sme, care_inspectorate_number, contact_email,
                      status, inspection_check, registration_process_key, registered_at)
                    values (?, ?, 'THIRD_SECTOR', true, ?, ?, 'ADMITTED', 'REGISTERED', 0, ?)""",
                    provider, name, service, "offers@" + provider.toLowerCase() + ".example", now);
            jdbc.update("""
                    insert into care_service (service_number, service_name, provider_name, provider_number, care_service,
                      subtype, provider_sector, status, council_area, client_group, grade_support_wellbeing,
                      grade_leadership, grade_staff_team, lowest_grade, complaints_year, complaints_upheld,
                      enforcements_issued, first_seen_at, last_seen_at, grades_seen_at)
                    values (?, ?, ?, ?, 'Support Service', 'Care at home', 'Voluntary or Not for Profit', 'ACTIVE', ?,
                      'Older People', ?, ?, ?, ?, '2526', 0, 0, ?, ?, ?)""",
                    service, name + " – care at home", name, "SP" + suffix + n, councilArea, grade, grade, grade, grade,
                    now, now, now);
            jdbc.update("""
                    insert into framework_member (framework_reference, lot_number, provider_reference, provider_name,
                      service_numbers, lowest_grade, framework_score, weekly_capacity_hours, status, admitted_on)
                    values (?, 1, ?, ?, ?, ?, ?, ?, 'ADMITTED', ?)""",
                    frameworkReference, provider, name, "[\"" + service + "\"]", grade, new BigDecimal(frameworkScore),
                    weeklyCapacityHours, LocalDate.now().minusDays(20));
        });
        // Through the reference-data mechanism, as admission records a schedule: the application keeps a short-lived
        // copy of each dataset, which a row written behind its back would not reach.
        ObjectNode price = JsonNodeFactory.instance.objectNode()
                .put("effectiveFrom", LocalDate.now().minusDays(20).toString())
                .put("sourceNote", "Price schedule on admission (fixture)").put("reason", "Admitted to the lot")
                .put("frameworkReference", frameworkReference).put("lotNumber", 1)
                .put("providerReference", provider).put("pricedService", PRICED_SERVICE)
                .put("unit", "HOUR").put("rate", new BigDecimal(rate));
        committed(() -> referenceData.add("framework-prices", price, new SignedInPerson("fixture", "Lot fixture",
                Set.of(Role.PROCUREMENT_LEAD), "SCOTLAND-EXCEL", null)));
        Member member = new Member(provider, name, service, grade, new BigDecimal(frameworkScore),
                new BigDecimal(rate));
        members.add(member);
        return member;
    }

    /** Suspends a member on the framework, as its procurement staff would after an enforcement. */
    public void suspend(Member member) {
        committed(() -> jdbc.update("update framework_member set status = 'SUSPENDED', status_reason = "
                + "'Enforcement notice (fixture)' where framework_reference = ? and provider_reference = ?",
                frameworkReference, member.providerReference()));
    }

    /** Rows written straight to the tables, committed at once: the application's JdbcTemplate writes only in one. */
    private void committed(Runnable writes) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> writes.run());
    }
}
