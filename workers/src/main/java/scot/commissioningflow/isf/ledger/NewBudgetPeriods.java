package scot.commissioningflow.isf.ledger;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Budget months written as one JDBC batch in the caller's transaction. The driver sends the batch as a single
 * multi-row insert (rewriteBatchedStatements, set on the pool's connections). The months are not read back in the
 * transaction that writes them through JPA's first-level cache: every read of them is a query, which sees them.
 */
@Repository
class NewBudgetPeriods {

    private static final String INSERT = "INSERT INTO isf_budget_period (isf_id, contract_reference, "
            + "provider_reference, period_start, period_end, budget, budgeted_hours) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    NewBudgetPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<BudgetPeriod> months) {
        jdbc.batchUpdate(INSERT, months, months.size(), (statement, month) -> {
            statement.setLong(1, month.isfId());
            statement.setString(2, month.contractReference());
            statement.setString(3, month.providerReference());
            statement.setDate(4, Date.valueOf(month.periodStart()));
            statement.setDate(5, Date.valueOf(month.periodEnd()));
            statement.setBigDecimal(6, month.budget());
            statement.setBigDecimal(7, month.budgetedHours());
        });
    }
}
