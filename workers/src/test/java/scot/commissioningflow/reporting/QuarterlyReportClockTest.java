package scot.commissioningflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.platform.engine.EngineClock;
import scot.commissioningflow.testing.OwnEngine;

/**
 * The quarterly report takes its quarter from the product's clock, which is the clock an administrator moves with the
 * engine's in a trial ({@code /trial/clock}): when time is moved past the start of a quarter, the engine's timer fires
 * and the report written is on the quarter that has just ended by the moved clock, not by the machine's. Its own
 * application context and database, since it moves the clock by weeks.
 */
@TestPropertySource(properties = "commissioning.trial.move-time=true")
@OwnEngine
class QuarterlyReportClockTest extends JourneyTest {

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        aDatabaseOfItsOwn(registry, "reporting_clock");
    }

    @Autowired
    private EngineClock trialTime;

    @Autowired
    private Clock clock;

    @Test
    void movingTimePastAQuarterStartWritesTheReportOnTheQuarterJustEndedByTheMovedClock() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        ZonedDateTime quarterStarts = now.toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).plusHours(6);
        while (!quarterStarts.isAfter(now) || (quarterStarts.getMonthValue() - 1) % 3 != 0) {
            quarterStarts = quarterStarts.plusMonths(1);
        }
        // Six hours past the timer's 06:00, so it is due whichever zone the engine reads its cron in.
        trialTime.moveForward(Duration.between(now, quarterStarts.plusHours(6)));

        LocalDate movedDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportingPeriod expected = ReportingPeriod.quarterBefore(movedDay);
        assertThat(expected).as("the machine's own date would give another quarter")
                .isNotEqualTo(ReportingPeriod.quarterBefore(LocalDate.now(ZoneOffset.UTC)));
        String key = "FR-" + expected.label() + "-SCOTLAND";
        JsonNode report = await().atMost(EngineHarness.PATIENCE.multipliedBy(2)).until(() -> api.as("analyst.ailsa",
                "NATIONAL-PROGRAMME", Role.PROGRAMME_ANALYST).get("/api/reports/flexibility/" + key),
                answer -> answer.status() == 200 && answer.body().path("status").asText().equals("READY")).body();
        assertThat(report.path("period").asText()).isEqualTo(expected.label());
        assertThat(report.path("requestedBy").asText()).isEqualTo("quarterly schedule");
    }
}
