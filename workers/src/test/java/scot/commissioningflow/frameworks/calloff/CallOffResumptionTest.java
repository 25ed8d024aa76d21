package scot.commissioningflow.frameworks.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LostProcesses;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A mini-competition open for responses whose process the engine lost resumes at its mini-competition, with the
 * closing timer armed for the closing time the call-off stores. The loss is the instance cancelled under the
 * call-off (as an empty engine after a restart leaves it); the resumption is what {@code Resumptions} does with the
 * record the call-off gives, on the real engine.
 */
class CallOffResumptionTest extends JourneyTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReferenceData referenceData;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private LostProcesses lostProcesses;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aMiniCompetitionOpenForResponsesResumesWithItsStoredClosingTime() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Resumed Care Ltd", 5, "80.00", "26.00", null);
        var requested = api.as(CallOffJourneyTest.commissioner()).post("/api/call-offs",
                CallOffJourneyTest.callOff(lot, "WITH_REOPENING_COMPETITION", "120000.00")).expect(201).body();
        String reference = requested.path("reference").asText();
        long lost = requested.path("processInstanceKey").asLong();
        started.add(lost);
        engine.awaitElementCompleted(lost, CallOffProcess.MiniCompetition.INVITE_MEMBERS);
        Instant closes = Instant.parse(api.as(CallOffJourneyTest.commissioner()).get("/api/call-offs/" + reference)
                .expect(200).body().path("responsesCloseAt").asText());
        LostProcesses.Lost inFlight = lostProcesses.lose(lost, reference);
        assertThat(inFlight.record().step()).isEqualTo(CallOffProcess.MINI_COMPETITION);

        long resumed = lostProcesses.resume(inFlight);
        started.add(resumed);

        Instant due = await().atMost(EngineHarness.PATIENCE).ignoreExceptions()
                .until(() -> engine.timerDue(resumed, CallOffProcess.MiniCompetition.RESPONSES_CLOSE), t -> true);
        assertThat(due).as("re-armed from the stored closing time, not a new period from now")
                .isCloseTo(engine.onEngineClock(closes), within(5, ChronoUnit.SECONDS));
        assertThat(jdbc.queryForObject("select process_instance_key from call_off where reference = ?", Long.class,
                reference)).isEqualTo(resumed);
        assertThat(jdbc.queryForObject("select count(*) from call_off_response r join call_off c"
                + " on r.call_off_id = c.id where c.reference = ?", Integer.class, reference))
                .as("the members invited before are not invited twice").isEqualTo(1);
    }
}
