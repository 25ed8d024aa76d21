package scot.commissioningflow.commissioning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.commissioning.TenderFixtures.careAtHome;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LostProcesses;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * A tender started on a commissioner's own model, whose process the engine lost, resumes on that model and not on
 * the product's own tender process: the tender remembers the model, and the model names the step it carries on
 * from. The loss is the instance cancelled under the tender (as an empty engine after a restart leaves it); the
 * resumption is what {@code Resumptions} does with the record the tender gives, on the real engine.
 */
class TenderModelResumptionTest extends JourneyTest {

    private static final SignedInPerson COMMISSIONER = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "highland-council", null);

    @Autowired
    private TenderModels models;

    @Autowired
    private LostProcesses lostProcesses;

    @Test
    void aTenderOnAModelResumesOnThatModelAtItsFirstStep() {
        models.deploy("Agreed outcomes.bpmn", TenderModelCheckTest.model(), COMMISSIONER);
        String reference = api.as(COMMISSIONER)
                .post("/api/tender-models/agreed-outcomes-tender/tenders", careAtHome("Care at home, resumed on"
                        + " its model", 380_000)).expect(201).body().path("reference").asText();
        TaskView before = awaitTask(reference, "DecideContinuity");
        LostProcesses.Lost lost = lostProcesses.lose(before.processInstanceKey(), reference);
        RecordInFlight record = lost.record();
        assertThat(record.processId()).isEqualTo("agreed-outcomes-tender");
        // Only the need was recorded, so it carries on from the model's first step, not the product's RouteStage.
        assertThat(record.step()).isEqualTo("DecideContinuity");

        long resumed = lostProcesses.resume(lost);
        try {
            TaskView after = await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(TaskQuery.open()
                    .forBusinessKey(reference).atElement("DecideContinuity")).stream()
                    .filter(task -> task.processInstanceKey() == resumed).toList(), tasks -> !tasks.isEmpty())
                    .getFirst();
            assertThat(after.bpmnProcessId()).isEqualTo("agreed-outcomes-tender");
            assertThat(after.formId()).isEqualTo("commissioning-continuity-decision");
            assertThat(api.as(COMMISSIONER)
                    .get("/api/tenders/" + reference).expect(200).body().path("processInstanceKey").asLong())
                    .isEqualTo(resumed);
        } finally {
            engine.cancelIfRunning(resumed);
        }
    }

    @Test
    void aStageTheModelDoesNotHaveIsNotGuessed() {
        models.deploy("Agreed outcomes.bpmn", TenderModelCheckTest.model(), COMMISSIONER);

        assertThat(models.resumeBefore("agreed-outcomes-tender", TenderProcess.AWARD_STAGE)).isEmpty();
        assertThat(models.resumeBefore("agreed-outcomes-tender", "DecideContinuity")).contains("DecideContinuity");
        assertThat(models.resumeBefore("no-such-model", TenderProcess.ROUTE_STAGE)).isEmpty();
    }
}
