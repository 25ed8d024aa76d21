package scot.commissioningflow.platform.trial;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a trial's data set at the first start of the embedded default, once: a marker row records that it was done,
 * so a restart, or a database someone has already worked in, is left as it is. Off against a cluster (profile
 * cluster) and in tests, unless a test turns it on: {@code commissioning.trial.seed-data}.
 */
@Component
@ConditionalOnProperty(name = {"commissioning.trial.seed-data", "commissioning.engine.embedded"}, havingValue = "true",
        matchIfMissing = false)
class TrialDataSeeder {

    static final String MARKER = "trial-data";

    private static final Logger log = LoggerFactory.getLogger(TrialDataSeeder.class);

    private final List<TrialSeed> seeds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TrialDataSeeder(List<TrialSeed> seeds, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.seeds = seeds;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedOnce() {
        // The marker is written first: a second replica starting at the same moment fails on the key and seeds nothing.
        // Committed before the seeds run, each of which commits its own records.
        Integer marked = transaction.execute(status -> jdbc.update(
                "INSERT IGNORE INTO trial_data_seeded (name, seeded_at) VALUES (?, ?)", MARKER,
                Timestamp.from(clock.instant())));
        if (marked == null || marked == 0) {
            log.info("The trial data set was seeded at an earlier start; left as it is");
            return;
        }
        log.info("First start of a trial: seeding a small data set");
        seeds.stream().sorted(Comparator.comparingInt(TrialSeed::order)).forEach(seed -> {
            try {
                seed.seed();
            } catch (RuntimeException e) {
                // One feature's records missing leaves a trial poorer, not broken; the log says which.
                log.error("Trial data from {} could not be seeded", seed.getClass().getSimpleName(), e);
            }
        });
    }
}
