package scot.commissioningflow.providers.registration;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.reporting.AreaFigures;
import scot.commissioningflow.reporting.AreaFigures.AreaValue;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;

/**
 * Provider diversity in the flexibility report (the sustainable procurement duty, Act s.9): the share of the value of
 * contracts live in the period held by third sector organisations, supported businesses and SMEs, as each provider
 * registered itself. The area is the council that signed the contract.
 */
@Component
class ProviderDiversityMeasures implements MeasureContributor {

    private static final String CHART = "Provider diversity (share of the value of contracts live)";
    private static final String SOURCE = "Contracts register (contract_register: annual_value), providers"
            + " (provider: organisation_type, sme), the council that signed (contract_signatory)";
    private static final String LIVE = " FROM contract_register c LEFT JOIN provider p"
            + " ON p.reference = c.provider_reference WHERE c.start_date <= ? AND (c.end_date IS NULL OR"
            + " c.end_date >= ?)";
    private static final String COUNCIL = "(SELECT s.organisation FROM contract_signatory s WHERE"
            + " s.contract_reference = c.document_reference AND s.party = 'COUNCIL' ORDER BY s.id LIMIT 1)";

    private final JdbcTemplate jdbc;

    ProviderDiversityMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "Providers";
    }

    @Override
    public List<Measure> measures(ReportingPeriod period) {
        List<AreaValue> all = valueWhere("1 = 1", period);
        return List.of(
                share("providers.third-sector.value-share", "third sector organisations", "Third sector",
                        "p.organisation_type = '" + OrganisationType.THIRD_SECTOR.name() + "'", all, period),
                share("providers.supported-business.value-share", "supported businesses", "Supported businesses",
                        "p.organisation_type = '" + OrganisationType.SUPPORTED_BUSINESS.name() + "'", all, period),
                share("providers.sme.value-share", "small and medium-sized enterprises", "SMEs", "p.sme", all,
                        period));
    }

    private Measure share(String id, String who, String label, String condition, List<AreaValue> all,
            ReportingPeriod period) {
        return AreaFigures.ratio(valueWhere(condition, period), all).measure(id, "Share of contract value held by "
                + who, "The annual value of the contracts live in the period held by " + who + " (as the provider"
                        + " registered itself), over the annual value of every contract live in the period.", SOURCE,
                ValueFormat.PERCENT, new Measure.Chart(CHART, label));
    }

    private List<AreaValue> valueWhere(String condition, ReportingPeriod period) {
        return jdbc.query("SELECT x.council, SUM(x.annual_value) FROM (SELECT " + COUNCIL + " AS council,"
                + " c.annual_value" + LIVE + " AND " + condition + ") x GROUP BY x.council", AreaValue::from,
                Date.valueOf(period.to()), Date.valueOf(period.from()));
    }
}
