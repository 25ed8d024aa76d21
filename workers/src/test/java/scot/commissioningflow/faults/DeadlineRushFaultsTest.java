package scot.commissioningflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Two hundred providers send their responses in the last moment of a tender's response period, and the deadline
 * passes while they arrive. Each response is either accepted (201) or refused with the deadline named (409); every
 * accepted one is stored and goes on to the evaluation, every refused one is not stored; nothing else comes back.
 */
class DeadlineRushFaultsTest extends JourneyTest {

    private static final int PROVIDERS = 200;

    @Autowired
    private JdbcTemplate jdbc;

    private long process;

    @AfterEach
    void cancel() {
        engine.cancelIfRunning(process);
    }

    @AfterAll
    static void table() {
        FaultTable.print();
    }

    @Test
    void twoHundredResponsesInTheLastSecondAreEachAcceptedOrRefusedAndNoneIsLost() throws Exception {
        Journeys journeys = new Journeys(api, inbox, EXTERNAL_SERVICES);
        String tender = journeys.tenderWithResponses("Care at home, the last second", "RUSH-0");
        process = journeys.tenderProcess(tender);

        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> refusalsNotNamingTheDeadline = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch halfway = new CountDownLatch(PROVIDERS / 2);
        try (ExecutorService providers = Executors.newFixedThreadPool(24)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 1; i <= PROVIDERS; i++) {
                String provider = "PRV-RUSH-%03d".formatted(i);
                sent.add(providers.submit(() -> {
                    Api.Response response = journeys.respond(tender, provider, "Rush Care " + provider, 390_000, 26.5);
                    answers.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();
                    if (response.status() == 201) {
                        accepted.add(provider);
                    } else if (response.status() == 409
                            && !response.body().path("detail").asText().contains("deadline")) {
                        refusalsNotNamingTheDeadline.add(response.body().path("detail").asText());
                    }
                    halfway.countDown();
                }));
            }
            halfway.await();
            // The deadline passes while the other half are on their way.
            engine.passTime(Journeys.PAST_RESPONSE_DEADLINE);
            for (Future<?> response : sent) {
                response.get();
            }
        }

        journeys.awaitTask(tender, TenderProcess.SCORE_RESPONSES, "eval.ailsa");
        JsonNode evaluated = api.as("morag.fraser", "HIGHLAND-HSCP", scot.commissioningflow.identity.Role.COMMISSIONER)
                .get("/api/tenders/" + tender + "/responses").expect(200).body();
        List<String> inEvaluation = new ArrayList<>();
        for (JsonNode response : evaluated) {
            if (!response.path("complianceNotes").asText().isBlank()) {
                inEvaluation.add(response.path("providerReference").asText());
            }
        }
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM provider_response WHERE tender_reference = ?",
                Long.class, tender) - 2;
        int acceptedCount = answers.getOrDefault(201, new AtomicInteger()).get();
        int refusedCount = answers.getOrDefault(409, new AtomicInteger()).get();
        List<String> lost = new ArrayList<>(accepted);
        lost.removeAll(inEvaluation);
        int otherAnswers = PROVIDERS - acceptedCount - refusedCount;

        FaultTable.add(new FaultTable.Row("deadline rush", PROVIDERS + " providers responded while the deadline"
                + " timer fired: " + acceptedCount + " accepted, " + refusedCount + " refused naming the deadline, "
                + otherAnswers + " other answers", acceptedCount + " accepted against " + stored + " stored and "
                + (inEvaluation.size() - 2) + " in the evaluation", lost.size() + otherAnswers,
                Math.max(0, stored - acceptedCount)));
        assertThat(answers.keySet()).as("HTTP statuses").isSubsetOf(201, 409);
        assertThat(refusalsNotNamingTheDeadline).isEmpty();
        assertThat(acceptedCount + refusedCount).isEqualTo(PROVIDERS);
        assertThat(stored).as("responses stored").isEqualTo(acceptedCount);
        assertThat(lost).as("accepted responses missing from the evaluation").isEmpty();
    }
}
