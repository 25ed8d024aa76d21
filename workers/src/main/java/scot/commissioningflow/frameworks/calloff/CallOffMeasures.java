package scot.commissioningflow.frameworks.calloff;

import java.sql.Date;
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
 * Buying from national frameworks in the flexibility report: the call-offs awarded in the period, their value, and
 * the share awarded by mini-competition rather than directly, and the share whose record says how the people who
 * use the service took part. A call-off's area is the council that called off.
 */
@Component
class CallOffMeasures implements MeasureContributor {

    private static final String SOURCE = "Call-offs from framework agreements (call_off), by the council calling off";
    private static final String AWARDED = " FROM call_off WHERE awarded_on BETWEEN ? AND ? AND awarded_provider IS NOT"
            + " NULL";

    private final JdbcTemplate jdbc;

    CallOffMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Framework call-offs";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        List<AreaValue> awarded = perArea("COUNT(*)", "", period);
        return List.of(
                AreaFigures.sum(awarded).measure("frameworks.call-offs.count", "Call-offs awarded", "Call-offs from"
                        + " a national framework agreement awarded in the period, directly or by mini-competition.",
                        SOURCE, ValueFormat.COUNT, null),
                AreaFigures.sum(perArea("SUM(value_ex_vat)", "", period)).measure("frameworks.call-offs.value",
                        "Value of call-offs awarded", "The estimated value, excluding VAT, of the call-offs counted"
                                + " in frameworks.call-offs.count.", SOURCE + ", value_ex_vat", ValueFormat.MONEY,
                        null),
                AreaFigures.ratio(perArea("COUNT(*)", " AND method = '" + CallOffMethod.WITH_REOPENING_COMPETITION
                        + "'", period), awarded).measure("frameworks.call-offs.mini-competition.share",
                        "Share of call-offs awarded by mini-competition", "Share of the call-offs counted in"
                                + " frameworks.call-offs.count awarded after reopening competition among the lot's"
                                + " members (OCDS withReopeningCompetition).", SOURCE + ", method",
                        ValueFormat.PERCENT, null),
                // The record of who took part is the commissioner's own words, so it is counted when given, never
                // read or classified.
                AreaFigures.ratio(perArea("COUNT(*)", " AND person_involvement IS NOT NULL AND TRIM("
                        + "person_involvement) <> ''", period), awarded).measure("frameworks.call-offs.involvement",
                        "Call-offs recording how people took part", "Share of the call-offs counted in"
                                + " frameworks.call-offs.count whose record says how the people who will use the"
                                + " service, or their carers, took part in shaping it.", SOURCE
                                        + ", person_involvement (counted, never read)", ValueFormat.PERCENT,
                        Measure.Chart.involvement(
                                "Framework call-off: how people took part")));
    }

    private List<AreaValue> perArea(String figure, String condition, ReportingPeriod period) {
        return jdbc.query("SELECT council_code, " + figure + AWARDED + condition + " GROUP BY council_code",
                AreaValue::from, Date.valueOf(period.from()), Date.valueOf(period.to()));
    }
}
