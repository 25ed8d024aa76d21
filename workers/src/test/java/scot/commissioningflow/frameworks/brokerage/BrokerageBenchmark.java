package scot.commissioningflow.frameworks.brokerage;

import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.referencedata.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.LotFixture.Member;
import scot.commissioningflow.journey.JourneyTest;

/**
 * How many offers a second brokerage holds with nothing lost: for each package, every invited provider offers at once
 * through the API (real HTTP, sign-in, validation, the package's row lock, the audit trail, the real database), then
 * the window closes on the engine and the offers are ranked; every offer the API accepted must be in the ranking.
 * Not part of the test suite (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dtest=BrokerageBenchmark -Dbrokerage.benchmark.providers=60
 *   -Dbrokerage.benchmark.packages=5 -Dbrokerage.benchmark.threads=16</pre>
 *
 * It prints offers per second while offering (the time from the first offer sent to the last answered), per package
 * and over all of them, and the offers accepted, refused and ranked.
 */
class BrokerageBenchmark extends JourneyTest {

    @Autowired
    private JdbcTemplate jdbc;


    @Autowired

    ReferenceData referenceData;


    @Autowired

    PlatformTransactionManager transactions;

    @Test
    void offersPerSecondHeldWithNothingLost() throws Exception {
        int providers = Integer.getInteger("brokerage.benchmark.providers", 40);
        int packages = Integer.getInteger("brokerage.benchmark.packages", 3);
        int threads = Integer.getInteger("brokerage.benchmark.threads", 16);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long offersTotal = 0;
        long nanosTotal = 0;
        try {
            for (int round = 0; round <= packages; round++) {
                LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
                List<Member> members = new ArrayList<>();
                for (int i = 0; i < providers; i++) {
                    members.add(lot.admit("Bench Care " + i, 4 + i % 3, (60 + i % 40) + ".00", "30.00", null));
                }
                var posted = api.as(BrokerageJourneyTest.socialWorker()).post("/api/care-packages",
                        BrokerageJourneyTest.carePackage(lot, "bench." + lot.frameworkReference.toLowerCase(), null))
                        .expect(201).body();
                String reference = posted.path("reference").asText();
                long key = posted.path("processInstanceKey").asLong();
                engine.awaitElementCompleted(key, BrokerageProcess.INVITE_PROVIDERS);

                long start = System.nanoTime();
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    Member member = members.get(i);
                    String rate = "2" + (i % 10) + ".00";
                    answers.add(pool.submit(() -> api.as(BrokerageJourneyTest.provider(member))
                            .post("/api/care-packages/" + reference + "/offers", BrokerageJourneyTest.offer(rate))
                            .status()));
                }
                int accepted = 0;
                for (Future<Integer> answer : answers) {
                    accepted += answer.get() == 201 ? 1 : 0;
                }
                long nanos = System.nanoTime() - start;
                engine.passTime(BrokerageJourneyTest.PAST_OFFER_WINDOW);
                awaitTask(reference, BrokerageProcess.CHOOSE_PROVIDER);
                int ranked = jdbc.queryForObject("select count(*) from care_package_offer o join care_package p on"
                        + " p.id = o.care_package_id where p.reference = ? and o.offer_rank is not null",
                        Integer.class, reference);
                assertThat(ranked).as("every accepted offer is ranked").isEqualTo(accepted);
                engine.cancelIfRunning(key);
                if (round == 0) {
                    System.out.printf("warm-up package: %d offers in %.2f s%n", accepted, nanos / 1e9);
                    continue;
                }
                offersTotal += accepted;
                nanosTotal += nanos;
                System.out.printf("package %d: %d of %d offers accepted and ranked, %.1f offers/s%n", round,
                        accepted, providers, accepted / (nanos / 1e9));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("BROKERAGE: %d offers over %d packages, %.1f offers/s held with nothing lost (%d threads)%n",
                offersTotal, packages, offersTotal / (nanosTotal / 1e9), threads);
    }
}
