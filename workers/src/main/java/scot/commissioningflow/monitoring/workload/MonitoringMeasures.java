package scot.commissioningflow.monitoring.workload;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * Contract monitoring in the flexibility report: whether effort follows risk. Reviews done and officer hours spent in
 * the period on high-risk contracts and on the rest; and whose words the outcomes reported in the period are in (the
 * person's, a carer's or only the provider's). Monitored contracts name their commissioner in words, not by an
 * organisation code, so the figures are for Scotland only.
 */
@Component
class MonitoringMeasures implements MeasureContributor {

    private static final String SOURCE = "Monitoring reviews (monitoring_review: tier, reviewed_at, officer_hours)";
    private static final String CHART = "Monitoring effort by risk tier (officer hours in the period)";

    private final JdbcTemplate jdbc;

    MonitoringMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Contract monitoring";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        return List.of(
                measure("monitoring.reviews-done", "Monitoring reviews done",
                        "Reviews of live contracts the officer rated in the period, at any tier.", "COUNT(*)",
                        "1 = 1", ValueFormat.COUNT, null, period),
                measure("monitoring.high-tier-hours", "Officer hours on high-risk contracts",
                        "Hours officers recorded against reviews of contracts in the high tier rated in the period.",
                        "COALESCE(SUM(officer_hours), 0)", "tier = 'HIGH'", ValueFormat.COUNT,
                        new Measure.Chart(CHART, "High"), period),
                measure("monitoring.other-tier-hours", "Officer hours on medium and low-risk contracts",
                        "Hours officers recorded against reviews of contracts in the medium and low tiers rated in"
                                + " the period.", "COALESCE(SUM(officer_hours), 0)", "tier <> 'HIGH'",
                        ValueFormat.COUNT, new Measure.Chart(CHART, "Medium and low"), period),
                spokenBy(Speaker.PERSON, "the person's own words", "Monitoring: outcomes in the person's words",
                        period),
                spokenBy(Speaker.CARER, "a carer's words", "Monitoring: outcomes in a carer's words", period));
    }

    /** The share of the outcomes recorded in the period that one kind of speaker gave (counted, never read). */
    private Measure spokenBy(Speaker speaker, String words, String label, ReportingPeriod period) {
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        BigDecimal share = jdbc.queryForObject("SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE SUM(spoken_by = ?)"
                + " / COUNT(*) END FROM monitoring_person_outcome WHERE recorded_at >= ? AND recorded_at < ?",
                BigDecimal.class, speaker.name(), from, to);
        return new Measure("monitoring.involvement.outcomes." + speaker.name().toLowerCase(Locale.ROOT),
                "Outcomes reported in " + words, "Share of the outcomes recorded per person in monitoring returns"
                        + " in the period that are in " + words + " rather than the provider's.",
                "Outcomes per person (monitoring_person_outcome: spoken_by; the words are never read)",
                ValueFormat.PERCENT, Measure.Chart.involvement(label), share, Map.of());
    }

    private Measure measure(String id, String name, String definition, String value, String condition,
            ValueFormat format, Measure.Chart chart, ReportingPeriod period) {
        BigDecimal scotland = jdbc.queryForObject("SELECT " + value + " FROM monitoring_review WHERE reviewed_at >= ?"
                + " AND reviewed_at < ? AND " + condition, BigDecimal.class,
                Timestamp.valueOf(period.from().atStartOfDay()), Timestamp.valueOf(period.to().plusDays(1)
                        .atStartOfDay()));
        return new Measure(id, name, definition, SOURCE, format, chart, scotland, Map.of());
    }
}
