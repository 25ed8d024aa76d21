package scot.commissioningflow.journey;

import static org.awaitility.Awaitility.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction that commits late, as one does on a busy server: what it writes stays uncommitted while something
 * else runs, and commits only once another transaction is waiting on a row it holds. A race between a person's
 * request and a step of the process it sets going is so played out the same way every time.
 */
@TestComponent
public class LateCommit {

    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;

    LateCommit(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** As {@link #commitOnceAnotherWaits(Runnable, Runnable)}, for a write that itself sets the other going. */
    public void commitOnceAnotherWaits(Runnable write) throws Exception {
        commitOnceAnotherWaits(write, () -> {
        });
    }

    /**
     * Runs {@code write} in a transaction of its own, then {@code meanwhile} while that transaction is still open,
     * then waits until another transaction waits for one of its rows (InnoDB's LOCK WAIT), and only then commits.
     * Fails if nothing comes to wait within the engine's patience.
     */
    public void commitOnceAnotherWaits(Runnable write, Runnable meanwhile) throws Exception {
        var written = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var writer = Executors.newSingleThreadExecutor();
        try {
            var transaction = writer.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    status -> {
                        write.run();
                        written.countDown();
                        try {
                            commit.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            while (!written.await(100, TimeUnit.MILLISECONDS)) {
                if (transaction.isDone()) {
                    transaction.get(); // the write failed: its own exception, rather than a wait that never ends
                }
            }
            meanwhile.run();
            await().atMost(EngineHarness.PATIENCE).until(() -> jdbc.queryForObject(
                    "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'", Long.class) > 0);
            commit.countDown();
            transaction.get();
        } finally {
            // Released even when nothing came to wait, so the writer does not hold its rows for the tests after.
            commit.countDown();
            writer.shutdown();
        }
    }
}
