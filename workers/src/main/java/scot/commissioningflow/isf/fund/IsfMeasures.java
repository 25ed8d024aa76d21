package scot.commissioningflow.isf.fund;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.reporting.AreaFigures;
import scot.commissioningflow.reporting.AreaFigures.AreaValue;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * Option 2 individual service funds in the flexibility report: how many, what was spent, changes of provider, the
 * time from a person's choice to a signed agreement, and how people took part in choosing and in reviews. Only counts
 * and sums leave the feature: no fund, person or provider is named. The area is the council whose social worker opened
 * the fund ({@code isf.council_code}); funds opened before sign-in count for Scotland only.
 */
@Component
class IsfMeasures implements MeasureContributor {

    /** When the person's choice of provider was last recorded before the agreement was drawn up. */
    private static final String CHOICE = "(SELECT MAX(e.occurred_at) FROM audit_entry e WHERE e.action ="
            + " 'isf.provider-chosen' AND e.subject_type = 'isf' AND e.subject_reference = i.reference AND"
            + " e.occurred_at <= a.created_at)";


    private final JdbcTemplate jdbc;

    IsfMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Individual service funds";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        Date firstDay = Date.valueOf(period.from());
        Date lastDay = Date.valueOf(period.to());
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        String signedIn = " FROM isf_agreement a JOIN isf i ON i.id = a.isf_id JOIN contract_document d"
                + " ON d.reference = a.contract_document_id WHERE a.kind = 'AGREEMENT' AND d.signed_at >= ?"
                + " AND d.signed_at < ? AND " + CHOICE + " IS NOT NULL GROUP BY i.council_code";
        List<AreaValue> created = perArea("SELECT i.council_code, COUNT(*) FROM isf i WHERE i.created_at >= ?"
                + " AND i.created_at < ? AND i.choice_recorded_by IS NOT NULL GROUP BY i.council_code", from, to);
        return List.of(
                AreaFigures.sum(perArea("SELECT i.council_code, COUNT(DISTINCT i.id) FROM isf i JOIN isf_agreement a"
                        + " ON a.isf_id = i.id WHERE a.kind = 'AGREEMENT' AND a.status IN ('SIGNED', 'LIVE', 'ENDED')"
                        + " AND a.starts_on <= ? AND (a.ends_on IS NULL OR a.ends_on >= ?) GROUP BY i.council_code",
                        lastDay, firstDay)).measure("isf.funds.count", "Option 2 individual service funds",
                                "Funds with a signed agreement running on any day of the period.", "Funds (isf),"
                                        + " agreements (isf_agreement: starts_on, ends_on, status)",
                                ValueFormat.COUNT, null),
                AreaFigures.sum(perArea("SELECT i.council_code, SUM(s.amount_spent) FROM isf_spend_statement s"
                        + " JOIN isf i ON i.id = s.isf_id WHERE s.period_start BETWEEN ? AND ? GROUP BY"
                        + " i.council_code", firstDay, lastDay)).measure("isf.spend", "Spend through individual"
                                + " service funds", "The spend providers reported for months starting in the period.",
                                "Providers' spend statements (isf_spend_statement: amount_spent)", ValueFormat.MONEY,
                                null),
                AreaFigures.sum(perArea("SELECT i.council_code, COUNT(*) FROM isf_agreement a JOIN isf i"
                        + " ON i.id = a.isf_id WHERE a.kind = 'AGREEMENT' AND a.created_at >= ? AND a.created_at < ?"
                        + " AND EXISTS (SELECT 1 FROM isf_agreement b WHERE b.isf_id = a.isf_id AND b.kind ="
                        + " 'AGREEMENT' AND b.created_at < a.created_at AND b.provider_reference <>"
                        + " a.provider_reference) GROUP BY i.council_code", from, to)).measure(
                                "isf.provider-changes.count", "Changes of provider", "Agreements made in the period"
                                        + " with a provider other than one the person had an agreement with before.",
                                "Agreements (isf_agreement: kind, provider_reference, created_at)",
                                ValueFormat.COUNT, null),
                AreaFigures.ratio(perArea("SELECT i.council_code, SUM(TIMESTAMPDIFF(SECOND, " + CHOICE
                        + ", d.signed_at)) / 86400" + signedIn, from, to), perArea("SELECT i.council_code,"
                                + " COUNT(*)" + signedIn, from, to)).measure("isf.choice-to-signed.days",
                                        "Average time from choice to signed agreement", "For agreements signed by"
                                                + " every party in the period: the average of the days from the"
                                                + " person's choice of provider being recorded to the last"
                                                + " signature.", "Audit trail (isf.provider-chosen), agreements"
                                                        + " (isf_agreement), signed documents"
                                                        + " (contract_document.signed_at)", ValueFormat.DAYS, null),
                AreaFigures.ratio(perArea("SELECT i.council_code, COUNT(*) FROM isf i WHERE i.created_at >= ?"
                        + " AND i.created_at < ? AND i.choice_helped_by IN ('CARER', 'FAMILY_MEMBER', 'ADVOCATE',"
                        + " 'INDEPENDENT_SUPPORT_ORGANISATION') GROUP BY i.council_code", from, to), created)
                        .measure("isf.involvement.choice.helped", "Choices made with a carer, family, advocate or"
                                + " independent support", "Share of the choices of provider recorded for funds"
                                        + " opened in the period that the person made with the help of a carer,"
                                        + " family member, advocate or independent support organisation.",
                                "Funds (isf.choice_helped_by)", ValueFormat.PERCENT, Measure.Chart.involvement("Choice of provider: with carer, family or advocate")),
                AreaFigures.ratio(perArea("SELECT i.council_code, COUNT(*) FROM isf i WHERE i.created_at >= ?"
                        + " AND i.created_at < ? AND i.choice_in_own_words IS NOT NULL AND"
                        + " TRIM(i.choice_in_own_words) <> '' GROUP BY i.council_code", from, to), created)
                        .measure("isf.involvement.choice.own-words", "Choices recorded in the person's own words",
                                "Share of the choices of provider recorded for funds opened in the period that keep"
                                        + " the person's own words about why.", "Funds (isf.choice_in_own_words,"
                                                + " counted, never read)", ValueFormat.PERCENT,
                                                Measure.Chart.involvement("Choice of provider: in the person's own"
                                                        + " words")),
                AreaFigures.ratio(perArea("SELECT i.council_code, COUNT(*) FROM isf_needs_change n JOIN isf i"
                        + " ON i.id = n.isf_id WHERE n.reported_at >= ? AND n.reported_at < ? AND n.reporter_role IN"
                        + " ('SUPPORTED_PERSON', 'REPRESENTATIVE') GROUP BY i.council_code", from, to),
                        perArea("SELECT i.council_code, COUNT(*) FROM isf_needs_change n JOIN isf i"
                                + " ON i.id = n.isf_id WHERE n.reported_at >= ? AND n.reported_at < ? GROUP BY"
                                + " i.council_code", from, to)).measure("isf.involvement.review.self-reported",
                                        "Changes in needs reported by the person or their representative",
                                        "Share of the changes in needs reported in the period (each may lead to a"
                                                + " review) that the person or their representative reported.",
                                        "Reports of changed needs (isf_needs_change.reporter_role)",
                                        ValueFormat.PERCENT, Measure.Chart.involvement("Review: needs changes reported by the person")));
    }

    private List<AreaValue> perArea(String sql, Object... arguments) {
        return jdbc.query(sql, AreaValue::from, arguments);
    }
}
