package scot.commissioningflow.frameworks.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
 * A care package open for offers whose process the engine lost resumes at inviting, keeping the providers invited
 * and arming the offers timer for the closing time the package stores. The loss is the instance cancelled under the
 * package (as an empty engine after a restart leaves it); the resumption is what {@code Resumptions} does with the
 * record the package gives, on the real engine.
 */
class CarePackageResumptionTest extends JourneyTest {

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
    void aPackageOpenForOffersResumesWithItsStoredClosingTime() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Resumed Home Care", 5, "80.00", "25.00", null);
        JsonNode posted = api.as(BrokerageJourneyTest.socialWorker()).post("/api/care-packages",
                BrokerageJourneyTest.carePackage(lot, "resumed." + lot.frameworkReference.toLowerCase(), null))
                .expect(201).body();
        String reference = posted.path("reference").asText();
        long lost = posted.path("processInstanceKey").asLong();
        started.add(lost);
        engine.awaitElementCompleted(lost, BrokerageProcess.INVITE_PROVIDERS);
        Instant closes = Instant.parse(package_(reference).path("offersCloseAt").asText());
        LostProcesses.Lost inFlight = lostProcesses.lose(lost, reference);
        assertThat(inFlight.record().step()).isEqualTo(BrokerageProcess.INVITE_PROVIDERS);

        long resumed = lostProcesses.resume(inFlight);
        started.add(resumed);

        Instant due = await().atMost(EngineHarness.PATIENCE).ignoreExceptions()
                .until(() -> engine.timerDue(resumed, BrokerageProcess.OFFERS_CLOSE), t -> true);
        assertThat(due).as("re-armed from the stored closing time, not a new window from now")
                .isCloseTo(engine.onEngineClock(closes), within(5, ChronoUnit.SECONDS));
        JsonNode after = package_(reference);
        assertThat(after.path("invitedProviders").asInt()).as("the providers invited before, not invited twice")
                .isEqualTo(1);
        assertThat(after.path("status").asText()).isEqualTo("OPEN_FOR_OFFERS");
        assertThat(jdbc.queryForObject("select process_instance_key from care_package where reference = ?",
                Long.class, reference)).isEqualTo(resumed);
    }

    private JsonNode package_(String reference) {
        return api.as(BrokerageJourneyTest.socialWorker()).get("/api/care-packages/" + reference).expect(200).body();
    }
}
