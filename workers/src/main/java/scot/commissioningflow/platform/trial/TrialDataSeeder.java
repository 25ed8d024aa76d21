package scot.commissioningflow.platform.trial;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a trial's data set at the first start of the embedded default, once: a marker row records that it was done,
 * so a restart, or a database someone has already worked in, is left as it is. Off against a cluster (profile
 * cluster) and in tests, unless a test turns it on: {@code commissioning.trial.seed-data}.
 *
 * <p>A stop (Ctrl+C) in the moment after the first start's ready line waits for the seeding to finish before anything
 * else stops: stopped half-way, the seeds still to run failed on a closed database or engine, and the marker kept
 * them from ever running (a trial without its providers, framework, tender or fund).
 */
@Component
@ConditionalOnProperty(name = {"commissioning.trial.seed-data", "commissioning.engine.embedded"}, havingValue = "true",
        matchIfMissing = false)
class TrialDataSeeder implements SmartLifecycle {

    static final String MARKER = "trial-data";

    /** Seeding takes a second or two; a seed stuck on an engine that never answers must not hold the stop forever. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(TrialDataSeeder.class);

    private final List<TrialSeed> seeds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** Held while seeding; a stop takes it, so it waits for the seeds and none starts after it. */
    private final ReentrantLock seeding = new ReentrantLock();
    /** Guarded by {@link #seeding}. */
    private boolean stopped;
    private volatile boolean running;

    TrialDataSeeder(List<TrialSeed> seeds, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.seeds = seeds;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedOnce() {
        seeding.lock();
        try {
            if (!stopped) {
                seedUnlessSeeded();
            }
        } finally {
            seeding.unlock();
        }
    }

    private void seedUnlessSeeded() {
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

    @Override
    public void start() {
        running = true;
    }

    /** Stops first of everything that stops (the highest phase), so the seeds still have their database and engine. */
    @Override
    public void stop() {
        running = false;
        try {
            if (seeding.tryLock(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    stopped = true;
                } finally {
                    seeding.unlock();
                }
            } else {
                log.warn("Stopping while the trial data set is still being seeded after {} s: its remaining records "
                        + "will be missing", STOP_PATIENCE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
