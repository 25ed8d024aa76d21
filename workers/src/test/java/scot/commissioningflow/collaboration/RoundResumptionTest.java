package scot.commissioningflow.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LostProcesses;

/**
 * A funding round open for applications whose process the engine lost opens again, its applications closing at the
 * end of the closing day it stores. The loss is the instance cancelled under the round (as an empty engine after a
 * restart leaves it); the resumption is what {@code Resumptions} does with the record the round gives.
 */
class RoundResumptionTest extends JourneyTest {

    @Autowired
    private LostProcesses lostProcesses;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aRoundOpenForApplicationsResumesClosingAtItsStoredDay() {
        CollaborationDriver driver = new CollaborationDriver(api, inbox, EXTERNAL_SERVICES);
        var opened = driver.openRound(90_000);
        String reference = opened.path("reference").asText();
        long lost = opened.path("processInstanceKey").asLong();
        started.add(lost);
        engine.awaitElementCompleted(lost, CollaborationProcess.OPEN_ROUND);
        LostProcesses.Lost inFlight = lostProcesses.lose(lost, reference);
        assertThat(inFlight.record().step()).isEqualTo(CollaborationProcess.OPEN_ROUND);

        long resumed = lostProcesses.resume(inFlight);
        started.add(resumed);

        Instant due = await().atMost(EngineHarness.PATIENCE).ignoreExceptions()
                .until(() -> engine.timerDue(resumed, CollaborationProcess.APPLICATIONS_CLOSE), t -> true);
        Instant closes = LocalDate.parse(opened.path("closesOn").asText()).plusDays(1).atStartOfDay(Rounds.SCOTLAND)
                .toInstant();
        assertThat(due).as("applications close at the end of the stored closing day")
                .isCloseTo(engine.onEngineClock(closes), within(5, ChronoUnit.SECONDS));
        assertThat(driver.awaitRound(reference, r -> true).path("status").asText()).isEqualTo("OPEN");
    }
}
