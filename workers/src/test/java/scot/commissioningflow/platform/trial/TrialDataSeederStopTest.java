package scot.commissioningflow.platform.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Stopping the application (Ctrl+C) in the moment after a trial's first start: the seeding, once begun, finishes
 * before the stop goes on to close the database and the engine, and none begins after a stop. On the journeys' shared
 * database, where no seeder runs: each test removes the marker its seeder wrote.
 */
class TrialDataSeederStopTest extends JourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transaction;

    /** A seed that starts, then waits until the test lets it finish. */
    private final CountDownLatch seedStarted = new CountDownLatch(1);
    private final CountDownLatch seedMayFinish = new CountDownLatch(1);
    private final AtomicInteger seedsFinished = new AtomicInteger();

    private final TrialSeed slowSeed = new TrialSeed() {
        @Override
        public int order() {
            return 0;
        }

        @Override
        public void seed() {
            seedStarted.countDown();
            try {
                seedMayFinish.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seedsFinished.incrementAndGet();
        }
    };

    @AfterEach
    void removeTheMarker() {
        committed(() -> jdbc.update("DELETE FROM trial_data_seeded WHERE name = ?", TrialDataSeeder.MARKER));
    }

    @Test
    void aStopWhileTheFirstStartSeedsWaitsUntilEverySeedHasFinished() throws Exception {
        TrialDataSeeder seeder = new TrialDataSeeder(List.of(slowSeed), jdbc, transaction, Clock.systemUTC());
        seeder.start();
        // Threads of their own: the common pool may have a single thread on a two-core machine, and the stop would
        // then wait its turn behind the seeding whether the seeder made it wait or not.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> seeding = threads.submit(seeder::seedOnce);
            assertThat(seedStarted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            // What the stop found finished when it returned: without the wait, it returns while the seed still runs.
            Future<Integer> stopping = threads.submit(() -> {
                seeder.stop();
                return seedsFinished.get();
            });
            Thread.sleep(300);
            seedMayFinish.countDown();

            assertThat(stopping.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
            seeding.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(seeder.isRunning()).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void noSeedingBeginsAfterAStop() {
        seedMayFinish.countDown();
        TrialDataSeeder seeder = new TrialDataSeeder(List.of(slowSeed), jdbc, transaction, Clock.systemUTC());
        seeder.start();
        seeder.stop();

        seeder.seedOnce();

        assertThat(seedStarted.getCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trial_data_seeded WHERE name = ?", Integer.class,
                TrialDataSeeder.MARKER)).isZero();
    }
}
