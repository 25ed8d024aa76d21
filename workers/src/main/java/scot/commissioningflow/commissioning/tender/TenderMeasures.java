package scot.commissioningflow.commissioning.tender;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.tender.TenderRequest.Participant;
import scot.commissioningflow.reporting.AreaFigures;
import scot.commissioningflow.reporting.AreaFigures.AreaValue;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * Commissioning's part of the flexibility report: the procurement routes used and their values, the time from a need
 * recorded to a live contract, and who took part in shaping each need. The area is the buying council or partnership
 * ({@code tender.buyer_organisation}); tenders recorded before sign-in have none and count for Scotland only.
 */
@Component
class TenderMeasures implements MeasureContributor {

    private static final String TENDERS = "Tenders (tender): created_at, procurement_route, buyer_organisation";
    private static final String IN_PERIOD = " t.created_at >= ? AND t.created_at < ? ";

    private final JdbcTemplate jdbc;

    TenderMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Commissioning";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        List<Measure> measures = new ArrayList<>();
        for (ProcurementRoute route : ProcurementRoute.values()) {
            String words = words(route);
            String id = "commissioning.route." + route.name().toLowerCase(Locale.ROOT).replace('_', '-');
            measures.add(AreaFigures.sum(perArea("SELECT t.buyer_organisation, COUNT(*) FROM tender t WHERE"
                    + IN_PERIOD + "AND t.procurement_route = ? GROUP BY t.buyer_organisation", from, to,
                    route.name())).measure(id + ".count", "Procurements by route: " + words, "Needs recorded in the"
                            + " period for which the procurement-route decision chose " + words + ".", TENDERS,
                            ValueFormat.COUNT, new Measure.Chart("Procurement routes used (number)", words)));
            measures.add(AreaFigures.sum(perArea("SELECT t.buyer_organisation, SUM(t.estimated_value_ex_vat) FROM"
                    + " tender t WHERE" + IN_PERIOD + "AND t.procurement_route = ? GROUP BY t.buyer_organisation",
                    from, to, route.name())).measure(id + ".value", "Estimated value by route: " + words,
                            "The estimated value excluding VAT of the needs counted in " + id + ".count.", TENDERS
                                    + ", estimated_value_ex_vat", ValueFormat.MONEY,
                            new Measure.Chart("Procurement routes used (estimated value, £ excluding VAT)", words)));
        }
        String live = "FROM tender t JOIN award_decision a ON a.tender_reference = t.reference"
                + " JOIN contract_register c ON c.reference = a.contract_reference"
                + " WHERE c.registered_at >= ? AND c.registered_at < ? GROUP BY t.buyer_organisation";
        measures.add(AreaFigures.ratio(perArea("SELECT t.buyer_organisation,"
                + " SUM(TIMESTAMPDIFF(SECOND, t.created_at, c.registered_at)) / 86400 " + live, from, to),
                perArea("SELECT t.buyer_organisation, COUNT(*) " + live, from, to)).measure(
                        "commissioning.need-to-live-contract.days", "Average time from need recorded to live"
                                + " contract", "For contracts that went live (entered the contracts register) in the"
                                        + " period through a tender: the average of the days from the need being"
                                        + " recorded to the contract going live.", "Tenders (created_at), award"
                                                + " decisions (contract_reference), contracts register"
                                                + " (registered_at)", ValueFormat.DAYS, null));
        for (Participant who : List.of(Participant.SUPPORTED_PEOPLE, Participant.UNPAID_CARERS)) {
            String words = who == Participant.SUPPORTED_PEOPLE ? "supported people" : "unpaid carers";
            measures.add(AreaFigures.ratio(perArea("SELECT t.buyer_organisation, COUNT(*) FROM tender t WHERE"
                    + IN_PERIOD + "AND JSON_SEARCH(t.co_production, 'one', ?, NULL, '$[*].who') IS NOT NULL"
                    + " GROUP BY t.buyer_organisation", from, to, who.name()), allTenders(from, to)).measure(
                            "commissioning.involvement.need." + who.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            "Needs shaped with " + words, "Share of the needs recorded in the period whose record of"
                                    + " co-production names " + words + " among those who shaped the need and its"
                                    + " outcomes (the Analyse and Plan stages).", TENDERS + ", co_production",
                            ValueFormat.PERCENT, Measure.Chart.involvement(
                                    "Need and outcomes: " + words)));
        }
        measures.add(AreaFigures.ratio(perArea("SELECT t.buyer_organisation, COUNT(*) FROM tender t WHERE"
                + IN_PERIOD + "AND t.existing_service AND t.people_told_timetable IS NOT NULL"
                + " AND TRIM(t.people_told_timetable) <> '' GROUP BY t.buyer_organisation", from, to),
                perArea("SELECT t.buyer_organisation, COUNT(*) FROM tender t WHERE" + IN_PERIOD
                        + "AND t.existing_service GROUP BY t.buyer_organisation", from, to)).measure(
                                "commissioning.involvement.continuity.told-timetable", "Existing services whose"
                                        + " people were told the timetable", "Share of the needs recorded in the"
                                                + " period for an existing service where the record says how the"
                                                + " people using it were told the timetable and how they are"
                                                + " involved (2016 best practice guidance).", TENDERS
                                                        + ", existing_service, people_told_timetable",
                                ValueFormat.PERCENT, Measure.Chart.involvement(
                                        "Continuity: people told the timetable")));
        return measures;
    }

    private List<AreaValue> allTenders(Timestamp from, Timestamp to) {
        return perArea("SELECT t.buyer_organisation, COUNT(*) FROM tender t WHERE" + IN_PERIOD
                + "GROUP BY t.buyer_organisation", from, to);
    }

    private List<AreaValue> perArea(String sql, Object... arguments) {
        return jdbc.query(sql, AreaValue::from, arguments);
    }

    static String words(ProcurementRoute route) {
        return switch (route) {
            case DIRECT_AWARD_S12 -> "direct award (Act s.12)";
            case DIRECT_AWARD_BELOW_THRESHOLD -> "continuation below threshold";
            case QUICK_QUOTE -> "quick quote";
            case REGULATED -> "regulated procurement";
            case LIGHT_TOUCH -> "light-touch regime";
            case ABOVE_GPA -> "above GPA threshold";
        };
    }
}
