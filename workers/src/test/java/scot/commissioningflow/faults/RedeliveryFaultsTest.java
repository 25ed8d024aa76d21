package scot.commissioningflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.journey.JourneyTest;

/**
 * At-least-once delivery, made to happen: a worker's completion is lost after its work is committed, and the engine
 * hands the same job out again. The same three journeys (a registration, an ISF to its first statement, a tender to
 * its live contract) run once cleanly and once under the fault; every table must gain the same rows and every outside
 * service the same requests.
 */
class RedeliveryFaultsTest extends JourneyTest {

    /** The workers whose work outlives them: records, documents, envelopes, messages. */
    private static final Set<String> SIDE_EFFECTS = Set.of("record-provider-registration", "generate-contract",
            "request-signatures", "record-isf-choice", "activate-isf-agreement", "send-debrief-letters",
            "record-award-decision", "register-live-contract", "publish-contract-notice", "publish-award-notice",
            "share-clarification-answer", "close-and-unseal-responses");

    /** The clean run's rows, measured once and compared against by each case. */
    private static RecordCounts clean;

    @Autowired
    private LostCompletions lostCompletions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    private final List<Long> started = new ArrayList<>();

    /**
     * The job types a registration, an ISF to its first statement and a tender to its live contract pass through:
     * each must have been handed out twice, or the case proved nothing about it. (A share of all the product's worker
     * types would not do: every feature added lowers it.)
     */
    private static final Set<String> OF_THE_JOURNEYS = Set.of("activate-isf-agreement",
            "check-care-inspectorate-registration", "check-fair-work", "check-response-compliance",
            "close-and-unseal-responses", "confirm-award", "generate-contract", "look-up-procurement-thresholds",
            "open-tender-for-responses", "prepare-isf-agreement", "prepare-outcome-based-contract",
            "publish-award-notice", "publish-contract-notice", "rank-responses", "record-award-decision",
            "record-fair-work-result", "record-isf-choice", "record-isf-provider-answer", "record-isf-signing-outcome",
            "record-procurement-route", "record-provider-registration", "record-registration-decision",
            "register-live-contract", "request-signatures", "send-debrief-letters", "shortlist-evaluable-responses");

    @AfterEach
    void cleanUp() {
        lostCompletions.disarm();
        started.forEach(engine::cancelIfRunning);
    }

    @AfterAll
    static void table() {
        FaultTable.print();
    }

    @Test
    void everyWorkerGivenTheSameJobTwiceDoesItsWorkOnce() {
        RecordCounts expected = cleanRun();
        lostCompletions.loseFirstCompletionOfEveryJob(LostCompletions.Redelivery.AT_ONCE);
        RecordCounts twice = run("TWICE", () -> { });
        lostCompletions.disarm();

        Set<String> every = LostCompletions.jobWorkerTypes(context);
        Set<String> driven = lostCompletions.typesDeliveredTwice();
        Set<String> notReached = new TreeSet<>(every);
        notReached.removeAll(driven);
        var duplicated = twice.surplusOver(expected);
        var lost = twice.shortfallUnder(expected);
        FaultTable.add(new FaultTable.Row("same job twice", "lost the first completion of "
                + lostCompletions.lostCompletions() + " of " + lostCompletions.jobsDelivered()
                + " jobs of 3 journeys; each handed out again; "
                + driven.size() + " of " + every.size() + " worker types driven twice",
                twice.total() + " rows in " + twice.rows().size() + " tables and outside requests",
                RecordCounts.sum(lost), RecordCounts.sum(duplicated)));
        System.out.println("[fault suite] worker types these journeys do not reach: " + notReached);
        assertThat(duplicated).as("rows and requests beyond the clean run").isEmpty();
        assertThat(lost).as("rows and requests the clean run made and this one did not").isEmpty();
        assertThat(lostCompletions.stillUncompleted()).as("jobs handed out again and completed").isEmpty();
        assertThat(driven).as("worker types of the three journeys driven twice").containsAll(OF_THE_JOURNEYS);
    }

    @Test
    void aCrashBetweenAWorkersSideEffectAndItsCompletionLosesNothingAndDoesNothingTwice() {
        RecordCounts expected = cleanRun();
        Duration jobTimeout = environment.getProperty("camunda.client.worker.defaults.timeout", Duration.class,
                Duration.ofMinutes(5));
        lostCompletions.loseFirstCompletionOf(SIDE_EFFECTS, LostCompletions.Redelivery.AFTER_TIMEOUT);
        // Nothing tells the engine: the job comes back only when its timeout has passed on the engine's clock.
        RecordCounts crashed = run("CRASH", () -> {
            if (!lostCompletions.stillUncompleted().isEmpty()) {
                engine.passTime(jobTimeout.plusMinutes(1));
            }
        });
        lostCompletions.disarm();

        var duplicated = crashed.surplusOver(expected);
        var lost = crashed.shortfallUnder(expected);
        FaultTable.add(new FaultTable.Row("crash after side effect", "lost the completion of "
                + lostCompletions.lostCompletions() + " side-effecting jobs (" + lostCompletions.typesDeliveredTwice()
                .size() + " worker types) after their commit; engine timed each out and handed it out again",
                crashed.total() + " rows in " + crashed.rows().size() + " tables and outside requests",
                RecordCounts.sum(lost), RecordCounts.sum(duplicated)));
        assertThat(duplicated).as("rows and requests beyond the clean run").isEmpty();
        assertThat(lost).as("rows and requests the clean run made and this one did not").isEmpty();
        assertThat(lostCompletions.lostCompletions()).isGreaterThanOrEqualTo(SIDE_EFFECTS.size() - 2);
        assertThat(lostCompletions.stillUncompleted()).isEmpty();
    }

    private RecordCounts cleanRun() {
        if (clean == null) {
            clean = run("CLEAN", () -> { });
        }
        return clean;
    }

    /**
     * The three journeys one after the other, with {@code betweenSteps} run while the test waits (a crash's timeout
     * passing). Returns the rows and requests they added.
     */
    private RecordCounts run(String tag, Runnable betweenSteps) {
        engine.settle();
        RecordCounts before = RecordCounts.of(jdbc, EXTERNAL_SERVICES);
        Journeys journeys = new Journeys(api, inbox, EXTERNAL_SERVICES);
        try (var crashClock = new Ticker(betweenSteps)) {
            String provider = journeys.register("Faults " + tag + " Care");
            journeys.admit(provider);
            String person = "Isla " + tag;
            String isf = journeys.openAndChoose(person, provider);
            started.add(journeys.isfProcess(isf));
            String sha = journeys.signAllButCouncil(isf, person, provider);
            journeys.councilSigns(isf, sha);
            journeys.statement(isf, provider);
            String tender = journeys.tenderWithResponses("Care at home, faults " + tag, "FLT-" + tag);
            started.add(journeys.tenderProcess(tender));
            engine.passTime(Journeys.PAST_RESPONSE_DEADLINE);
            journeys.evaluateAndAward(tender);
            engine.passTime(Journeys.PAST_STANDSTILL);
            journeys.signContract(tender);
            // The last lost completion may still be on its way back.
            Journeys.awaitUntil(lostCompletions::stillUncompleted, Set::isEmpty);
        }
        engine.settle();
        started.forEach(engine::cancelIfRunning);
        engine.settle();
        return RecordCounts.of(jdbc, EXTERNAL_SERVICES).since(before);
    }

    /** Runs an action every few hundred milliseconds on its own thread while the journeys wait. */
    private static final class Ticker implements AutoCloseable {

        private final Thread thread;

        Ticker(Runnable action) {
            thread = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(300);
                        action.run();
                    } catch (InterruptedException stop) {
                        return;
                    } catch (RuntimeException | AssertionError notNow) {
                        // The engine was busy; the next tick tries again.
                    }
                }
            });
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
