package scot.commissioningflow.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;

/**
 * The database goes away for a minute while journeys are in flight: ISFs whose last signature has just been given,
 * registrations just sent, a tender whose response deadline has just passed. It comes back; an officer retries every
 * incident through the API; every journey then finishes, and every table holds what the same journeys leave without
 * the outage.
 *
 * <p>An application of its own, on a schema of its own, reaches the test database through {@link TcpProxy}, which the
 * case cuts: the machine's shared server is never stopped, and the shared journey context (which wipes its database
 * when it starts, and which every other journey test uses) is left alone. The workers retry with the product's own
 * backoff (5 s doubling), not the test profile's, so some jobs ride the outage out and others become incidents.
 *
 * <p>Not part of the default test command (a minute of outage and an application start): see README, "When something
 * goes wrong".
 */
class DatabaseOutageFaults {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    private static WireMockServer services;
    private static TcpProxy proxy;
    private static AppInstance app;

    @BeforeAll
    static void start() throws Exception {
        AppInstance.DatabaseServer server = AppInstance.DatabaseServer.fromEnvironment();
        assumeTrue(server != null, "The database outage case needs CF_TEST_DATABASE_URL (a MySQL or MariaDB server)");
        services = FaultServices.start();
        proxy = new TcpProxy(server.host(), server.port());
        String schema = server.freshSchema("outage");
        app = AppInstance.start("outage", server, server.urlThrough(proxy, schema), services, null, Map.of(
                "commissioning.jobs.first-retry-backoff", "PT5S",
                "commissioning.jobs.max-retry-backoff", "PT5M"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (services != null) {
            services.stop();
        }
        FaultTable.print();
    }

    @Test
    void journeysInFlightFinishAfterAMinuteWithoutTheDatabaseAndTheIncidentsAreRetried() throws Exception {
        RecordCounts clean = run("CLEAN", false);
        Outcome withoutOutage = outcome;
        outcome = new Outcome();
        RecordCounts cut = run("CUT", true);

        var duplicated = cut.surplusOver(clean);
        var lost = cut.shortfallUnder(clean);
        FaultTable.add(new FaultTable.Row("database outage", "cut the database for " + OUTAGE.toSeconds()
                + " s under 2 ISFs being activated, 2 registrations and a tender closing; health answered "
                + outcome.healthDuringOutage + " during it; " + outcome.retried.get() + " incidents retried through"
                + " the API; every journey finished",
                cut.total() + " rows in " + cut.rows().size() + " tables and outside requests",
                RecordCounts.sum(lost), RecordCounts.sum(duplicated)));
        assertThat(withoutOutage.retried.get()).as("incidents in the clean run").isZero();
        assertThat(outcome.healthDuringOutage).isEqualTo(503);
        assertThat(duplicated).as("rows and requests beyond the run without outage").isEmpty();
        assertThat(lost).as("rows and requests the run without outage made and this one did not").isEmpty();
        assertThat(cut.rows().get(RecordCounts.RETRIES_AUDITED)).isEqualTo(outcome.retried.get());
    }

    private static final class Outcome {
        private final AtomicInteger retried = new AtomicInteger();
        private int healthDuringOutage;
    }

    private Outcome outcome = new Outcome();

    private RecordCounts run(String tag, boolean withOutage) throws Exception {
        EngineHarness engine = app.engine();
        ZeebeTestEngine clock = app.bean(ZeebeTestEngine.class);
        Journeys journeys = new Journeys(app.api(), app.inbox(), services);
        List<Long> started = new ArrayList<>();
        engine.settle();
        RecordCounts before = RecordCounts.of(app.jdbc(), services);

        String provider = journeys.register("Outage " + tag + " Care");
        journeys.admit(provider);
        List<String> people = List.of("Ailsa " + tag, "Calum " + tag);
        List<String> isfs = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        for (String person : people) {
            String isf = journeys.openAndChoose(person, provider);
            started.add(journeys.isfProcess(isf));
            isfs.add(isf);
            shas.add(journeys.signAllButCouncil(isf, person, provider));
        }
        String tender = journeys.tenderWithResponses("Care at home, outage " + tag, "OUT-" + tag);
        started.add(journeys.tenderProcess(tender));
        engine.settle();

        // Set work going in every journey, then take the database away while the workers are at it.
        for (int i = 0; i < isfs.size(); i++) {
            journeys.councilSigns(isfs.get(i), shas.get(i));
        }
        List<String> registrations = List.of(journeys.register("Outage " + tag + " Homecare"),
                journeys.register("Outage " + tag + " Support"));
        clock.increaseTime(Journeys.PAST_RESPONSE_DEADLINE);
        AtomicBoolean retrying = new AtomicBoolean(withOutage);
        Thread officer = null;
        if (withOutage) {
            proxy.cut();
            long until = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < until) {
                outcome.healthDuringOutage = app.api().get("/actuator/health").status();
                Thread.sleep(5_000);
            }
            proxy.restore();
            officer = Thread.ofVirtual().start(() -> retryIncidents(retrying));
        }

        for (String registration : registrations) {
            journeys.admit(registration);
        }
        for (int i = 0; i < isfs.size(); i++) {
            journeys.statement(isfs.get(i), provider);
        }
        journeys.evaluateAndAward(tender);
        engine.passTime(Journeys.PAST_STANDSTILL);
        journeys.signContract(tender);
        engine.settle();
        retrying.set(false);
        if (officer != null) {
            officer.join();
        }
        assertThat(openIncidents()).as("incidents left open").isEmpty();
        started.forEach(engine::cancelIfRunning);
        engine.settle();
        return RecordCounts.of(app.jdbc(), services).since(before);
    }

    /** What a procurement officer does once the database is back: retries every incident the product lists. */
    private void retryIncidents(AtomicBoolean retrying) {
        while (retrying.get()) {
            try {
                for (JsonNode incident : openIncidents()) {
                    if (officer().post("/api/incidents/" + incident.path("key").asText() + "/retry", null)
                            .status() == 200) {
                        outcome.retried.incrementAndGet();
                        System.out.println("[fault suite] retried incident at " + incident.path("step").asText()
                                + " of " + incident.path("process").asText() + " for " + incident.path("record")
                                .asText() + ": " + incident.path("reason").asText());
                    }
                }
                Thread.sleep(2_000);
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException stillRecovering) {
                // The pool is still reconnecting: the next round tries again.
            }
        }
    }

    private JsonNode openIncidents() {
        return officer().get("/api/incidents").expect(200).body();
    }

    private Api.SignedIn officer() {
        return app.api().as("officer.moira", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }
}
