package scot.commissioningflow.journey;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.IncidentRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.ProcessInstanceRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * What a test needs from the engine beyond the client: moving its clock for timers, and reading its record stream
 * to assert where a process instance went.
 */
@TestComponent
public class EngineHarness {

    /** How long a journey waits for the engine: generous, because CI machines are small and may be busy. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Long enough for the engine's due-date checker to fire timers after the clock moved, and for workers to act. */
    private static final Duration QUIET = Duration.ofMillis(750);

    private final ZeebeTestEngine engine;

    EngineHarness(ZeebeTestEngine engine) {
        this.engine = engine;
    }

    /** Moves the engine's clock forward, so timers due in that time fire, and waits for it to settle. */
    public void passTime(Duration duration) {
        engine.increaseTime(duration);
        settle();
    }

    /**
     * Waits until the engine has done nothing but answer empty job polls for a while. The embedded engine answers
     * every poll at once, so with dozens of workers its own idle check rarely sees a quiet moment; polls that
     * activate no job are not work, and are not counted here.
     */
    public void settle() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long seen = meaningfulRecords();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < QUIET.toNanos()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The engine did not settle within " + PATIENCE + "; its latest records:\n"
                        + latestRecords(40));
            }
            sleep(Duration.ofMillis(50));
            long now = meaningfulRecords();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            }
        }
    }

    private long meaningfulRecords() {
        long count = 0;
        for (Record<?> record : RecordStream.of(engine.getRecordStreamSource()).records()) {
            boolean emptyPoll = record.getValueType() == ValueType.JOB_BATCH
                    && ((JobBatchRecordValue) record.getValue()).getJobKeys().isEmpty();
            if (!emptyPoll) {
                count++;
            }
        }
        return count;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the engine", e);
        }
    }

    private String latestRecords(int count) {
        List<String> lines = new java.util.ArrayList<>();
        RecordStream.of(engine.getRecordStreamSource()).records().forEach(r -> lines.add(r.getRecordType() + " "
                + r.getValueType() + " " + r.getIntent() + " " + abbreviate(r.getValue().toString())));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 240 ? text.substring(0, 240) + "..." : text;
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
