package scot.commissioningflow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The pool's connections are not in auto-commit, so a plain SQL write outside a transaction would be rolled back
 * without a word when its connection went back to the pool: the application's JdbcTemplate refuses it instead.
 */
class WritesInTransactionsTest extends JourneyTest {

    private static final String INSERT = "INSERT INTO trial_data_seeded (name, seeded_at) VALUES (?, ?)";
    private static final String COUNT = "SELECT COUNT(*) FROM trial_data_seeded WHERE name = ?";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aWriteOutsideATransactionIsRefusedAndWritesNothing() {
        String name = "outside-" + UUID.randomUUID();

        assertThatThrownBy(() -> jdbc.update(INSERT, name, Timestamp.from(Instant.now())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction would be rolled back")
                .hasMessageContaining("INSERT INTO trial_data_seeded");
        assertThat(jdbc.queryForObject(COUNT, Long.class, name)).isZero();
    }

    @Test
    void aWriteInATransactionIsThereOnceItCommits() {
        String name = "inside-" + UUID.randomUUID();

        committed(() -> jdbc.update(INSERT, name, Timestamp.from(Instant.now())));

        assertThat(jdbc.queryForObject(COUNT, Long.class, name)).isEqualTo(1);
    }

    @Test
    void connectionsComeFromThePoolOutOfAutoCommit() {
        assertThat(jdbc.execute((Connection connection) -> connection.getAutoCommit())).isFalse();
    }
}
