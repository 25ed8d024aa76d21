package scot.commissioningflow.frameworks.brokerage;

import java.sql.Timestamp;
import java.util.ArrayList;
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
 * Brokered care packages in the flexibility report: the packages social workers posted in the period and how each was
 * filled, as they stand when the report is written: awarded to the only offer, to the offer ranked first among
 * several, to another offer (the person's choice, with the reason), or unfilled because no provider could be sent it
 * or none offered; the value of the placements and the time from posting to award; and who took part in shaping the
 * package and in choosing its provider. The area is the council that posted it ({@code care_package.council_code}).
 * <p>
 * Brokered packages have no open data contributor, on purpose: each is one person's support, and its provider, hours,
 * rate, area and dates could identify the person and would reveal that they receive social care, as for individual
 * service funds. Only counts and sums leave the feature, for the programme's own report.
 */
@Component
class BrokerageMeasures implements MeasureContributor {

    private static final String SOURCE = "Brokered care packages (care_package), by the council posting them";
    private static final String FILLED = "Brokered care packages (number, by how they were filled)";
    private static final String POSTED = " FROM care_package p WHERE p.created_at >= ? AND p.created_at < ? ";
    private static final String OFFERS = "(SELECT COUNT(*) FROM care_package_offer o WHERE o.care_package_id = p.id)";
    private static final String AWARDED_RANK = "(SELECT o.offer_rank FROM care_package_offer o"
            + " WHERE o.id = p.awarded_offer_id)";
    private static final String AWARDED = " AND p.awarded_offer_id IS NOT NULL";
    private static final String INVITED = "EXISTS (SELECT 1 FROM care_package_invitation i"
            + " WHERE i.care_package_id = p.id)";

    private final JdbcTemplate jdbc;

    BrokerageMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Brokered care packages";
    }

    /** One way a package ends up: its measure id, words, definition and the condition on a posted package. */
    private record Outcome(String id, String words, String definition, String condition) {
    }

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("awarded.only-offer", "Awarded to the only offer", "awarded to the one provider that offered",
                    AWARDED + " AND " + OFFERS + " = 1"),
            new Outcome("awarded.ranked-first", "Awarded to the first of several offers", "awarded, among several"
                    + " offers, to the one ranked first on the framework's quality and price weights",
                    AWARDED + " AND " + OFFERS + " > 1 AND " + AWARDED_RANK + " = 1"),
            new Outcome("awarded.other-choice", "Awarded to another offer (the person's choice)", "awarded to an offer"
                    + " other than the one ranked first, with the reason recorded (such as the person's own choice)",
                    AWARDED + " AND " + OFFERS + " > 1 AND " + AWARDED_RANK + " > 1"),
            new Outcome("unfilled.none-eligible", "Unfilled: no provider could be sent it", "left unfilled because no"
                    + " member of the lot was eligible for it (registered and graded in the area, with capacity"
                    + " left), and passed to a commissioner", " AND p.status = 'UNFILLED' AND NOT " + INVITED),
            new Outcome("unfilled.no-offer", "Unfilled: no provider offered", "left unfilled although it was sent to"
                    + " eligible providers, and passed to a commissioner", " AND p.status = 'UNFILLED' AND "
                            + INVITED));

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        List<AreaValue> posted = count("", from, to);
        List<Measure> measures = new ArrayList<>();
        measures.add(AreaFigures.sum(posted).measure("frameworks.brokerage.posted.count", "Care packages posted for"
                + " brokerage", "Care packages a social worker posted in the period for one person, sent to every"
                        + " eligible member of a framework lot for offers.", SOURCE, ValueFormat.COUNT, null));
        for (Outcome outcome : OUTCOMES) {
            measures.add(AreaFigures.sum(count(outcome.condition(), from, to)).measure(
                    "frameworks.brokerage." + outcome.id() + ".count", "Care packages " + outcome.words()
                            .substring(0, 1).toLowerCase(java.util.Locale.UK) + outcome.words().substring(1),
                    "Of the packages counted in frameworks.brokerage.posted.count, those " + outcome.definition()
                            + ", as they stand when the report is written.", SOURCE + ", care_package_offer"
                                    + " (offer_rank), care_package_invitation", ValueFormat.COUNT,
                    new Measure.Chart(FILLED, outcome.words())));
        }
        String awarded = " FROM care_package p JOIN care_package_offer o ON o.id = p.awarded_offer_id"
                + " WHERE p.awarded_at >= ? AND p.awarded_at < ? GROUP BY p.council_code";
        measures.add(AreaFigures.sum(perArea("SELECT p.council_code, SUM(o.hourly_rate * p.weekly_hours * 52)"
                + awarded, from, to)).measure("frameworks.brokerage.awarded.value", "Annual value of brokered"
                        + " placements awarded", "For packages awarded in the period: the accepted hourly rate times"
                                + " the weekly hours times 52, as the placement is entered in the contracts register.",
                        SOURCE + ", care_package_offer (hourly_rate), weekly_hours", ValueFormat.MONEY, null));
        measures.add(AreaFigures.ratio(perArea("SELECT p.council_code,"
                + " SUM(TIMESTAMPDIFF(SECOND, p.created_at, p.awarded_at)) / 86400" + awarded, from, to),
                perArea("SELECT p.council_code, COUNT(*)" + awarded, from, to)).measure(
                        "frameworks.brokerage.posted-to-award.days", "Average time from posting to award", "For"
                                + " packages awarded in the period: the average of the days from the package being"
                                + " posted to the award being recorded with the person (the offer window in working"
                                + " hours, then the choice).", SOURCE + ", created_at, awarded_at", ValueFormat.DAYS,
                        null));
        measures.add(involvement("shaping.person", "Packages shaped with the person", "whose record of who shaped it"
                + " names the person themselves", "SHAPING", "'SUPPORTED_PERSON'", posted, from, to,
                "Brokered package: shaped with the person"));
        measures.add(involvement("shaping.carer", "Packages shaped with a carer, family, representative or"
                + " advocate", "whose record of who shaped it names a carer, family member, representative or"
                        + " advocate", "SHAPING", "'CARER', 'FAMILY', 'REPRESENTATIVE', 'ADVOCATE'", posted, from, to,
                "Brokered package: shaped with a carer, family or advocate"));
        measures.add(AreaFigures.ratio(count(AWARDED + " AND EXISTS (SELECT 1 FROM care_package_participant c WHERE"
                + " c.care_package_id = p.id AND c.stage = 'CHOOSING' AND c.who IN ('SUPPORTED_PERSON',"
                + " 'REPRESENTATIVE'))", from, to), count(AWARDED, from, to)).measure(
                        "frameworks.brokerage.involvement.choosing.person", "Providers chosen with the person or"
                                + " their representative", "Share of the packages posted in the period and awarded"
                                        + " whose record of who took part in choosing the provider names the person"
                                        + " or their representative.", SOURCE + ", care_package_participant (who,"
                                                + " stage; counted, never read)", ValueFormat.PERCENT,
                        Measure.Chart.involvement("Brokered package: provider chosen with the person")));
        return measures;
    }

    private Measure involvement(String id, String name, String definition, String stage, String who,
            List<AreaValue> posted, Timestamp from, Timestamp to, String label) {
        return AreaFigures.ratio(count(" AND EXISTS (SELECT 1 FROM care_package_participant c WHERE"
                + " c.care_package_id = p.id AND c.stage = '" + stage + "' AND c.who IN (" + who + "))", from, to),
                posted).measure("frameworks.brokerage.involvement." + id, name, "Share of the packages posted in"
                        + " the period " + definition + ".", SOURCE + ", care_package_participant (who, stage;"
                                + " counted, never read)", ValueFormat.PERCENT, Measure.Chart.involvement(label));
    }

    private List<AreaValue> count(String condition, Timestamp from, Timestamp to) {
        return perArea("SELECT p.council_code, COUNT(*)" + POSTED + condition + " GROUP BY p.council_code", from,
                to);
    }

    private List<AreaValue> perArea(String sql, Object... arguments) {
        return jdbc.query(sql, AreaValue::from, arguments);
    }
}
