package scot.commissioningflow.platform.persistence;

import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's {@link JdbcTemplate}: it refuses to write outside a transaction. The pool's connections are not in
 * auto-commit (spring.datasource.hikari.auto-commit), so a write made outside one would be rolled back without a word
 * when its connection went back to the pool. JPA already refuses such writes; this makes plain SQL say so too.
 */
@Configuration(proxyBeanMethods = false)
class WritesInTransactions {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new TransactionBoundJdbcTemplate(dataSource);
    }

    static final class TransactionBoundJdbcTemplate extends JdbcTemplate {

        TransactionBoundJdbcTemplate(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public int update(String sql) throws DataAccessException {
            requireTransaction(sql);
            return super.update(sql);
        }

        /** Every update with parameters, or with a statement of the caller's, comes through here. */
        @Override
        protected int update(PreparedStatementCreator statement, PreparedStatementSetter parameters)
                throws DataAccessException {
            requireTransaction(statement);
            return super.update(statement, parameters);
        }

        @Override
        public int update(PreparedStatementCreator statement, KeyHolder generatedKeys) throws DataAccessException {
            requireTransaction(statement);
            return super.update(statement, generatedKeys);
        }

        @Override
        public int[] batchUpdate(String... sql) throws DataAccessException {
            requireTransaction(sql.length == 0 ? "an empty batch" : sql[0]);
            return super.batchUpdate(sql);
        }

        /** Every batch with parameters comes through here. */
        @Override
        public int[] batchUpdate(String sql, BatchPreparedStatementSetter parameters) throws DataAccessException {
            requireTransaction(sql);
            return super.batchUpdate(sql, parameters);
        }

        @Override
        public int[] batchUpdate(PreparedStatementCreator statement, BatchPreparedStatementSetter parameters,
                KeyHolder generatedKeys) throws DataAccessException {
            requireTransaction(statement);
            return super.batchUpdate(statement, parameters, generatedKeys);
        }

        @Override
        public <T> int[][] batchUpdate(String sql, Collection<T> rows, int batchSize,
                ParameterizedPreparedStatementSetter<T> parameters) throws DataAccessException {
            requireTransaction(sql);
            return super.batchUpdate(sql, rows, batchSize, parameters);
        }

        private static void requireTransaction(Object statement) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                Object sql = statement instanceof SqlProvider provider ? provider.getSql() : statement;
                throw new IllegalStateException("A write outside a transaction would be rolled back when its "
                        + "connection went back to the pool (its connections are not in auto-commit); run it in "
                        + "one: " + sql);
            }
        }
    }
}
