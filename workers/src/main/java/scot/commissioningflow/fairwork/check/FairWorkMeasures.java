package scot.commissioningflow.fairwork.check;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.fairwork.uplift.UpliftDecision;
import scot.commissioningflow.reporting.AreaFigures;
import scot.commissioningflow.reporting.AreaFigures.AreaValue;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * Fair work in the flexibility report: the outcomes of fair work checks, and pay uplift reviews agreed or not. A
 * check is found again by its caller's key alone and records no council, and an uplift review covers every council's
 * contracts, so these are figures for Scotland only.
 */
@Component
class FairWorkMeasures implements MeasureContributor {

    private final JdbcTemplate jdbc;

    FairWorkMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Fair work";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        Timestamp from = Timestamp.valueOf(period.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        List<Measure> measures = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            String words = verdict.name().toLowerCase(Locale.UK).replace('_', ' ');
            measures.add(AreaFigures.sum(scotland("SELECT NULL, COUNT(*) FROM fair_work_check WHERE checked_at >= ?"
                    + " AND checked_at < ? AND outcome = ?", from, to, verdict.name())).measure(
                            "fairwork.checks." + words.replace(' ', '-'), "Fair work checks: " + words,
                            "Fair Work First checks of a declaration (in a tender, a framework admission, an"
                                    + " individual service fund or a grant) made in the period whose outcome is "
                                    + words + "; a check not evidenced is settled by an officer's review.",
                            "Fair work checks (fair_work_check: checked_at, outcome)", ValueFormat.COUNT,
                            new Measure.Chart("Fair work checks (number)", capitalised(words))));
        }
        for (UpliftDecision decision : UpliftDecision.values()) {
            String words = decision.name().toLowerCase(Locale.UK).replace('_', ' ');
            measures.add(AreaFigures.sum(scotland("SELECT NULL, COUNT(*) FROM fair_work_uplift_review WHERE"
                    + " decided_at >= ? AND decided_at < ? AND decision = ?", from, to, decision.name())).measure(
                            "fairwork.uplift-reviews." + words.replace(' ', '-'), "Pay uplift reviews " + words,
                            "Reviews of the contracts needing a pay uplift for a new pay floor, decided in the"
                                    + " period, where the commissioner's decision was: " + words + ".",
                            "Pay uplift reviews (fair_work_uplift_review: decided_at, decision)", ValueFormat.COUNT,
                            null));
        }
        return measures;
    }

    private List<AreaValue> scotland(String sql, Object... arguments) {
        return jdbc.query(sql, AreaValue::from, arguments);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
