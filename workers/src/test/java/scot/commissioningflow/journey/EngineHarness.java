package scot.commissioningflow.journey;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.IncidentRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.ProcessInstanceRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.test.context.TestComponent;

/**
 * What a test needs from the engine beyond the client: moving its clock for timers, and reading its record stream
 * to assert where a process instance went.
 */
@TestComponent
public class EngineHarness {

    /** How long a journey waits for the engine: generous, because CI machines are small and may be busy. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ZeebeTestEngine engine;

    EngineHarness(ZeebeTestEngine engine) {
        this.engine = engine;
    }

    /** Moves the engine's clock forward, so timers due in that time fire, and waits for it to settle. */
    public void passTime(Duration duration) {
        engine.increaseTime(duration);
        settle();
    }

    public void settle() {
        try {
            engine.waitForIdleState(PATIENCE);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The engine did not become idle within " + PATIENCE, e);
        }
    }

    public void awaitCompleted(long processInstanceKey) {
        await().atMost(PATIENCE).until(() -> completed(processInstanceKey));
    }

    public void awaitElementCompleted(long processInstanceKey, String elementId) {
        await().atMost(PATIENCE).until(() -> completedElements(processInstanceKey).contains(elementId));
    }

    public boolean completed(long processInstanceKey) {
        return instance(processInstanceKey)
                .withBpmnElementType(BpmnElementType.PROCESS)
                .withIntent(ProcessInstanceIntent.ELEMENT_COMPLETED)
                .stream().findAny().isPresent();
    }

    public List<String> completedElements(long processInstanceKey) {
        return instance(processInstanceKey)
                .withIntent(ProcessInstanceIntent.ELEMENT_COMPLETED)
                .stream().map(r -> r.getValue().getElementId()).toList();
    }

    public List<String> incidents(long processInstanceKey) {
        return new IncidentRecordStreamFilter(RecordStream.of(engine.getRecordStreamSource()).incidentRecords())
                .withProcessInstanceKey(processInstanceKey)
                .withIntent(IncidentIntent.CREATED)
                .stream().map(r -> r.getValue().getErrorMessage()).toList();
    }

    private ProcessInstanceRecordStreamFilter instance(long processInstanceKey) {
        return new ProcessInstanceRecordStreamFilter(RecordStream.of(engine.getRecordStreamSource())
                .processInstanceRecords()).withProcessInstanceKey(processInstanceKey);
    }
}
