package scot.commissioningflow.collaboration;

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
 * Provider collaboration funding in the flexibility report: rounds open, joint applications and their partners,
 * grants awarded, paid and clawed back, and who took part in shaping the applications and in the funded work. The
 * area is the funder's organisation ({@code collaboration_round.funder_organisation}): a council or partnership, or a
 * national body, whose figures count for Scotland and under its own code.
 */
@Component
class CollaborationMeasures implements MeasureContributor {

    private static final String FUNDING = "Collaboration funding (£)";
    private static final String ROUNDS = "Funding rounds (collaboration_round.funder_organisation)";
    private static final String SUBMITTED = " FROM collaboration_application a JOIN collaboration_round r"
            + " ON r.reference = a.round_reference WHERE a.submitted_at >= ? AND a.submitted_at < ?";
    private static final String GRANTS = " FROM collaboration_grant g JOIN collaboration_round r"
            + " ON r.reference = g.round_reference";
    private static final String GROUP = " GROUP BY r.funder_organisation";
    private static final String REPORTS = " FROM collaboration_progress_report p JOIN collaboration_grant g"
            + " ON g.reference = p.grant_reference JOIN collaboration_round r ON r.reference = g.round_reference"
            + " WHERE p.submitted_at >= ? AND p.submitted_at < ?";
    /** When a grant was clawed back: the audit trail's entry, since the grant keeps only its status. */
    private static final String CLAWED_BACK_AT = "(SELECT MIN(e.occurred_at) FROM audit_entry e WHERE e.action ="
            + " 'collaboration.grant-clawed-back' AND e.subject_type = 'collaboration-grant' AND"
            + " e.subject_reference = g.reference)";

    private final JdbcTemplate jdbc;

    CollaborationMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Collaboration funding";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        List<AreaValue> submitted = perArea("SELECT r.funder_organisation, COUNT(*)" + SUBMITTED + GROUP, from, to);
        String awarded = GRANTS + " WHERE g.awarded_at >= ? AND g.awarded_at < ?" + GROUP;
        String clawedBack = GRANTS + " WHERE g.status = 'CLAWED_BACK' AND " + CLAWED_BACK_AT + " >= ? AND "
                + CLAWED_BACK_AT + " < ?" + GROUP;
        return List.of(
                AreaFigures.sum(perArea("SELECT r.funder_organisation, COUNT(*) FROM collaboration_round r WHERE"
                        + " r.opens_on <= ? AND r.closes_on >= ?" + GROUP, Date.valueOf(period.to()),
                        Date.valueOf(period.from()))).measure("collaboration.rounds.count", "Collaboration funding"
                                + " rounds open", "Funding rounds open for applications on any day of the period.",
                                ROUNDS + ", opens_on, closes_on", ValueFormat.COUNT, null),
                AreaFigures.sum(submitted).measure("collaboration.applications.count", "Joint applications"
                        + " submitted", "Joint applications a lead provider submitted in the period, for itself and"
                                + " named partners.", "Joint applications (collaboration_application.submitted_at)",
                        ValueFormat.COUNT, null),
                AreaFigures.ratio(perArea("SELECT r.funder_organisation, SUM(JSON_LENGTH(a.partners) - 1)"
                        + SUBMITTED + GROUP, from, to), submitted).measure("collaboration.partners.average",
                                "Partners per application", "For the applications counted in"
                                        + " collaboration.applications.count: the average number of partner"
                                        + " organisations named besides the lead provider.", "Joint applications"
                                                + " (collaboration_application.partners)", ValueFormat.AVERAGE, null),
                AreaFigures.sum(perArea("SELECT r.funder_organisation, COUNT(*)" + awarded, from, to)).measure(
                        "collaboration.grants.count", "Collaboration grants awarded", "Grants awarded in the period"
                                + " from the panel's ranking, whether or not every party then signed.",
                        "Grants (collaboration_grant.awarded_at)", ValueFormat.COUNT, null),
                AreaFigures.sum(perArea("SELECT r.funder_organisation, SUM(g.amount)" + awarded, from, to)).measure(
                        "collaboration.grants.value", "Value of collaboration grants awarded", "The amounts of the"
                                + " grants counted in collaboration.grants.count.", "Grants"
                                        + " (collaboration_grant.amount)", ValueFormat.MONEY,
                        new Measure.Chart(FUNDING, "Awarded")),
                AreaFigures.sum(perArea("SELECT r.funder_organisation, SUM(p.amount) FROM collaboration_stage_payment"
                        + " p JOIN collaboration_grant g ON g.reference = p.grant_reference JOIN collaboration_round r"
                        + " ON r.reference = g.round_reference WHERE p.paid_at >= ? AND p.paid_at < ?" + GROUP, from,
                        to)).measure("collaboration.paid", "Collaboration grant stages paid", "The stage payments made"
                                + " in the period, each at the start of a grant's milestone.", "Stage payments"
                                        + " (collaboration_stage_payment.amount, paid_at)", ValueFormat.MONEY,
                                new Measure.Chart(FUNDING, "Paid")),
                AreaFigures.sum(perArea("SELECT r.funder_organisation, COUNT(*)" + clawedBack, from, to)).measure(
                        "collaboration.clawbacks.count", "Collaboration grants clawed back", "Grants stopped in the"
                                + " period with money to be repaid: a report never came, or showed spend outside the"
                                + " budget or money unspent at the end.", "Grants (collaboration_grant.status), audit"
                                        + " trail (collaboration.grant-clawed-back)", ValueFormat.COUNT, null),
                AreaFigures.sum(perArea("SELECT r.funder_organisation, SUM(g.clawback_amount)" + clawedBack, from,
                        to)).measure("collaboration.clawbacks.value", "Collaboration grant money clawed back", "The"
                                + " money to be repaid on the grants counted in collaboration.clawbacks.count.",
                                "Grants (collaboration_grant.clawback_amount)", ValueFormat.MONEY,
                                new Measure.Chart(FUNDING, "Clawed back")),
                involvement("application.supported-people", "SUPPORTED_PEOPLE", "Applications shaped with supported"
                        + " people", "Share of the applications counted in collaboration.applications.count whose"
                                + " record of who shaped the proposal names supported people (the co-design stage).",
                        "Collaboration application: shaped with supported people", submitted, from, to),
                involvement("application.unpaid-carers", "UNPAID_CARERS", "Applications shaped with unpaid carers",
                        "Share of the applications counted in collaboration.applications.count whose record of who"
                                + " shaped the proposal names unpaid carers (the co-design stage).",
                        "Collaboration application: shaped with unpaid carers", submitted, from, to),
                AreaFigures.ratio(perArea("SELECT r.funder_organisation, COUNT(*)" + REPORTS + " AND"
                        + " JSON_SEARCH(p.people_involved, 'one', 'SUPPORTED_PEOPLE', NULL, '$[*].who') IS NOT NULL"
                        + GROUP, from, to), perArea("SELECT r.funder_organisation, COUNT(*)" + REPORTS + GROUP, from,
                                to)).measure("collaboration.involvement.delivery.supported-people", "Progress"
                                        + " reports with supported people taking part", "Share of the progress and"
                                                + " spend reports sent in the period that say supported people took"
                                                + " part in the funded work (the delivery stage).", "Progress reports"
                                                        + " (collaboration_progress_report.people_involved: who,"
                                                        + " counted, never read)", ValueFormat.PERCENT,
                                Measure.Chart.involvement("Collaboration delivery: with supported people")));
    }

    private Measure involvement(String id, String who, String name, String definition, String label,
            List<AreaValue> submitted, Timestamp from, Timestamp to) {
        return AreaFigures.ratio(perArea("SELECT r.funder_organisation, COUNT(*)" + SUBMITTED + " AND"
                + " JSON_SEARCH(a.people_involved, 'one', ?, NULL, '$[*].who') IS NOT NULL" + GROUP, from, to, who),
                submitted).measure("collaboration.involvement." + id, name, definition, "Joint applications"
                        + " (collaboration_application.people_involved: who, counted, never read)",
                        ValueFormat.PERCENT, Measure.Chart.involvement(label));
    }

    private List<AreaValue> perArea(String sql, Object... arguments) {
        return jdbc.query(sql, AreaValue::from, arguments);
    }
}
