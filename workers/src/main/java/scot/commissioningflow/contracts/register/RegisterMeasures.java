package scot.commissioningflow.contracts.register;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.reporting.AreaFigures;
import scot.commissioningflow.reporting.AreaFigures.AreaValue;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * The contracts register's part of the flexibility report: the contracts live in the period, the share of them that
 * are outcome-based, and a sheet with one row per contract. A contract's area is the council that signed it; contracts
 * whose parties were recorded before signers were named count for Scotland only. An individual service fund is shown
 * as the register shows it to those not entitled to know whose it is: without the person's name or outcomes.
 */
@Component
class RegisterMeasures implements MeasureContributor {

    private static final String SOURCE = "Contracts register (contract_register), the council that signed each"
            + " (contract_signatory)";
    /** Every contract live at some time in the period, with the council that signed it. */
    private static final String LIVE = "SELECT c.*, (SELECT s.organisation FROM contract_signatory s"
            + " WHERE s.contract_reference = c.document_reference AND s.party = 'COUNCIL' ORDER BY s.id LIMIT 1)"
            + " AS council FROM contract_register c WHERE c.start_date <= ? AND (c.end_date IS NULL OR c.end_date"
            + " >= ?)";

    private final JdbcTemplate jdbc;

    RegisterMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Contracts";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        List<AreaValue> live = perArea("COUNT(*)", "", period);
        List<Measure> measures = new ArrayList<>();
        measures.add(AreaFigures.sum(live).measure("contracts.live.count", "Contracts live", "Contracts in the"
                + " register live on any day of the period.", SOURCE, ValueFormat.COUNT, null));
        measures.add(AreaFigures.sum(perArea("SUM(x.annual_value)", "", period)).measure("contracts.live.value",
                "Annual value of contracts live", "The annual value of the contracts counted in contracts.live.count,"
                        + " as last varied.", SOURCE + ", annual_value", ValueFormat.MONEY, null));
        measures.add(AreaFigures.ratio(perArea("COUNT(*)", " AND JSON_LENGTH(x.outcomes) > 0", period), live)
                .measure("contracts.outcome-based.share", "Share of contracts that are outcome-based", "Share of the"
                        + " contracts live in the period whose register entry carries at least one contracted"
                        + " outcome (an outcome the support is for, with how it will be known).", SOURCE
                                + ", outcomes", ValueFormat.PERCENT, null));
        return measures;
    }

    @Override
    public List<DetailSheet> detailSheets(ReportingPeriod period) {
        return List.of(new DetailSheet("Contracts", "One row per contract live on any day of the period, from the"
                + " contracts register; an individual service fund without the person's name or outcomes.", List.of(
                        new DetailSheet.Column("Reference", ValueFormat.TEXT, 24),
                        new DetailSheet.Column("Kind", ValueFormat.TEXT, 24),
                        new DetailSheet.Column("Title", ValueFormat.TEXT, 40),
                        new DetailSheet.Column("Provider", ValueFormat.TEXT, 32),
                        new DetailSheet.Column("Provider reference", ValueFormat.TEXT, 18),
                        new DetailSheet.Column("Council or partnership", ValueFormat.TEXT, 20),
                        new DetailSheet.Column("Starts", ValueFormat.DATE, 12),
                        new DetailSheet.Column("Ends", ValueFormat.DATE, 12),
                        new DetailSheet.Column("Annual value", ValueFormat.MONEY, 16),
                        new DetailSheet.Column("Hourly rate", ValueFormat.MONEY, 12),
                        new DetailSheet.Column("Outcomes", ValueFormat.COUNT, 10),
                        new DetailSheet.Column("Variations", ValueFormat.COUNT, 10)), new DetailSheet.Rows() {

                            @Override
                            public long count(String area) {
                                Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + LIVE + ") x"
                                        + inArea(area), Long.class, arguments(period, area));
                                return count == null ? 0 : count;
                            }

                            @Override
                            public void forEach(String area, Consumer<List<Object>> row) {
                                jdbc.query("SELECT x.reference, x.kind, x.title, x.provider_name,"
                                        + " x.provider_reference, x.council, x.start_date, x.end_date,"
                                        + " x.annual_value, x.hourly_rate, JSON_LENGTH(x.outcomes),"
                                        + " JSON_LENGTH(x.variations) FROM (" + LIVE + ") x" + inArea(area)
                                        + " ORDER BY x.start_date, x.reference", r -> {
                                            boolean individual = ContractKind.INDIVIDUAL_SERVICE_FUND.name()
                                                    .equals(r.getString(2));
                                            Date ends = r.getDate(8);
                                            row.accept(Arrays.asList(r.getString(1), r.getString(2),
                                                    individual ? "Individual service fund" : r.getString(3),
                                                    r.getString(4), r.getString(5), r.getString(6),
                                                    r.getDate(7).toLocalDate(), ends == null ? null
                                                            : ends.toLocalDate(), r.getBigDecimal(9),
                                                    r.getBigDecimal(10), individual ? null : r.getObject(11),
                                                    r.getObject(12)));
                                        }, arguments(period, area));
                            }
                        }));
    }

    private static String inArea(String area) {
        return area == null ? "" : " WHERE x.council = ?";
    }

    private static Object[] arguments(ReportingPeriod period, String area) {
        return area == null ? new Object[] {Date.valueOf(period.to()), Date.valueOf(period.from())}
                : new Object[] {Date.valueOf(period.to()), Date.valueOf(period.from()), area};
    }

    private List<AreaValue> perArea(String figure, String condition, ReportingPeriod period) {
        return jdbc.query("SELECT x.council, " + figure + " FROM (" + LIVE + ") x WHERE 1 = 1" + condition
                + " GROUP BY x.council", AreaValue::from, Date.valueOf(period.to()), Date.valueOf(period.from()));
    }
}
