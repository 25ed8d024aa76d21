package scot.commissioningflow.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine loses every process in flight when the application stops. A registration waiting for review, an
 * ISF waiting for two of its three signatures and a tender open for responses are left when the application stops;
 * a new application on the same schema (and a new, empty engine) resumes them, and each journey then finishes. Every
 * table must hold what the same journeys leave without the restart.
 *
 * <p>Applications of its own, on a schema of its own (the shared journey context is left alone). The stop is a clean
 * one; {@code RestartMidJourneyTest} kills a separate process with SIGKILL. Not part of the default test command: see
 * README, "When something goes wrong".
 */
class EngineRestartFaults {

    private static final Map<String, Object> SETTINGS = Map.of("camunda.client.worker.defaults.poll-interval", "PT5S");

    /** What the product records of each process it resumed: bookkeeping of the restart, counted apart. */
    private static final String RESUMPTIONS = "process_resumption";

    private static WireMockServer services;
    private static AppInstance app;

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (services != null) {
            services.stop();
        }
        FaultTable.print();
    }

    @Test
    void journeysLeftWhenTheApplicationStoppedFinishAfterItStartsAgain() throws Exception {
        AppInstance.DatabaseServer server = AppInstance.DatabaseServer.fromEnvironment();
        assumeTrue(server != null, "The restart case needs CF_TEST_DATABASE_URL (a MySQL or MariaDB server)");
        services = FaultServices.start();
        String url = server.url(server.freshSchema("restart"));
        app = AppInstance.start("restart-1", server, url, services, null, SETTINGS);

        // The restart first, while the first engine's clock has not been moved: a tender's deadline is stored from
        // that clock and re-armed on the new engine's, which starts from the real time again.
        RecordCounts before = RecordCounts.of(app.jdbc(), services);
        Begun begun = begin(app, "RESTART");
        long openAtStop = app.jdbc().queryForObject("SELECT COUNT(*) FROM human_task WHERE status = 'OPEN'",
                Long.class);
        app.close();
        app = AppInstance.start("restart-2", server, url, services, null, SETTINGS);
        finish(app, begun);
        RecordCounts restarted = RecordCounts.of(app.jdbc(), services).since(before);
        long resumed = restarted.rows().getOrDefault(RESUMPTIONS, 0L);
        RecordCounts start = RecordCounts.of(app.jdbc(), services);
        finish(app, begin(app, "CLEAN"));
        RecordCounts clean = RecordCounts.of(app.jdbc(), services).since(start);
        // The restart's bookkeeping, checked against what the restart left and then set apart: an audit entry for
        // each process resumed, and each task open at the stop withdrawn (and open again under a new key).
        long resumedAudited = restarted.rows().remove(RecordCounts.RESUMPTIONS_AUDITED);
        long withdrawn = restarted.rows().remove(RecordCounts.TASKS_WITHDRAWN)
                - clean.rows().remove(RecordCounts.TASKS_WITHDRAWN);
        clean.rows().remove(RecordCounts.RESUMPTIONS_AUDITED);
        restarted.rows().remove(RESUMPTIONS);
        clean.rows().remove(RESUMPTIONS);

        var duplicated = restarted.surplusOver(clean);
        var lost = restarted.shortfallUnder(clean);
        FaultTable.add(new FaultTable.Row("engine restart", "stopped the application (and its engine) with a"
                + " registration in review, an ISF at signing and a tender open for responses; started it again on"
                + " the same schema; " + resumed + " processes resumed, " + withdrawn
                + " open tasks withdrawn and given again; each journey finished",
                restarted.total() + " rows in " + restarted.rows().size() + " tables and outside requests",
                RecordCounts.sum(lost), RecordCounts.sum(duplicated)));
        assertThat(resumedAudited).as("audit entries of the resumptions").isEqualTo(resumed);
        assertThat(withdrawn).as("tasks withdrawn: those open when the application stopped").isEqualTo(openAtStop);
        assertThat(duplicated).as("rows and requests beyond the run without a restart").isEmpty();
        assertThat(lost).as("rows and requests the run without a restart made and this one did not").isEmpty();
    }

    /** Journeys taken to the points a restart leaves them at. */
    private record Begun(String tag, String provider, String registration, String isf, String person,
            String tender) {
    }

    private Begun begin(AppInstance on, String tag) {
        Journeys journeys = new Journeys(on.api(), on.inbox(), services);
        String provider = journeys.register("Restart " + tag + " Care");
        journeys.admit(provider);
        String registration = journeys.register("Restart " + tag + " Homecare");
        journeys.awaitTask(registration, scot.commissioningflow.providers.ProviderRegistrationProcess
                .REVIEW_REGISTRATION, null);
        String person = "Morven " + tag;
        String isf = journeys.openAndChoose(person, provider);
        journeys.signFirst(isf, person);
        String tender = journeys.tenderWithResponses("Care at home, restart " + tag, "RST-" + tag);
        on.engine().settle();
        return new Begun(tag, provider, registration, isf, person, tender);
    }

    private void finish(AppInstance on, Begun begun) {
        Journeys journeys = new Journeys(on.api(), on.inbox(), services);
        List<Long> started = new ArrayList<>();
        journeys.admit(begun.registration());
        journeys.signRest(begun.isf(), begun.provider());
        journeys.statement(begun.isf(), begun.provider());
        started.add(journeys.isfProcess(begun.isf()));
        on.engine().passTime(Journeys.PAST_RESPONSE_DEADLINE);
        journeys.evaluateAndAward(begun.tender());
        on.engine().passTime(Journeys.PAST_STANDSTILL);
        journeys.signContract(begun.tender());
        started.add(journeys.tenderProcess(begun.tender()));
        on.engine().settle();
        started.forEach(on.engine()::cancelIfRunning);
        on.engine().settle();
    }
}
