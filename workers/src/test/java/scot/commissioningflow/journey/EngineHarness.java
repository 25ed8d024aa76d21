package scot.commissioningflow.journey;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.IncidentRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.ProcessInstanceRecordStreamFilter;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
    private final CamundaClient client;

    /** How far tests moved the engine's clock past the product's, which keeps real time in a shared application. */
    private volatile Duration moved = Duration.ZERO;

    EngineHarness(ZeebeTestEngine engine, CamundaClient client) {
        this.engine = engine;
        this.client = client;
    }

    /** Ends a process a test started, so its timers do not run on into other tests; one already ended is left. */
    public void cancelIfRunning(long processInstanceKey) {
        if (!completed(processInstanceKey)) {
            try {
                client.newCancelInstanceCommand(processInstanceKey).send().join();
            } catch (ClientStatusException alreadyEnded) {
                // Ended between the check and the cancel: nothing left to do.
            }
        }
    }

    /** Moves the engine's clock forward, so timers due in that time fire, and waits for it to settle. */
    public void passTime(Duration duration) {
        engine.increaseTime(duration);
        moved = moved.plus(duration);
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

    /**
     * The engine's records so far, copied. Its record source reads the engine's log on the caller's thread and is not
     * safe for two threads at once, as when a fault case moves the clock from a second thread while a journey waits.
     */
    private RecordStream recordStream() {
        List<Record<?>> copy = new java.util.ArrayList<>();
        synchronized (engine) {
            engine.getRecordStreamSource().getRecords().forEach(copy::add);
        }
        return RecordStream.of(() -> copy);
    }

    private long meaningfulRecords() {
        long count = 0;
        for (Record<?> record : recordStream().records()) {
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
        recordStream().records().forEach(r -> lines.add(r.getRecordType() + " "
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

    /**
     * Elements completed by the instance and by every instance its call activities started, at any depth: a process
     * split into stage processes is asserted on as the whole it models.
     */
    public List<String> completedElements(long processInstanceKey) {
        Set<Long> family = family(processInstanceKey);
        return processInstanceRecords()
                .filter(r -> family.contains(r.getValue().getProcessInstanceKey()))
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(r -> r.getValue().getElementId()).toList();
    }

    /** Incidents of the instance and of every instance its call activities started. */
    public List<String> incidents(long processInstanceKey) {
        Set<Long> family = family(processInstanceKey);
        return new IncidentRecordStreamFilter(recordStream().incidentRecords())
                .withIntent(IncidentIntent.CREATED)
                .stream().filter(r -> family.contains(r.getValue().getProcessInstanceKey()))
                .map(r -> r.getValue().getErrorMessage()).toList();
    }

    /**
     * A moment of the product's clock on the engine's: a timer the product armed for a duration until a stored time
     * is due then on the engine's clock, which tests may have moved ahead.
     */
    public Instant onEngineClock(Instant productTime) {
        return productTime.plus(moved);
    }

    /**
     * When the timer at this element, in the instance or one its call activities started, was last armed to fire: a
     * resumed instance's timer is asserted on against the date the record stores.
     */
    public Instant timerDue(long processInstanceKey, String elementId) {
        Set<Long> family = family(processInstanceKey);
        return StreamSupport.stream(recordStream().timerRecords().spliterator(), false)
                .filter(r -> r.getIntent() == TimerIntent.CREATED)
                .filter(r -> family.contains(r.getValue().getProcessInstanceKey()))
                .filter(r -> r.getValue().getTargetElementId().equals(elementId))
                .map(r -> Instant.ofEpochMilli(r.getValue().getDueDate())).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("No timer was armed at " + elementId + " in instance "
                        + processInstanceKey));
    }

    /** The instance and its descendants, found through each child's parent process instance key. */
    private Set<Long> family(long processInstanceKey) {
        Map<Long, Set<Long>> children = new HashMap<>();
        processInstanceRecords()
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .forEach(r -> children.computeIfAbsent(r.getValue().getParentProcessInstanceKey(),
                        parent -> new HashSet<>()).add(r.getValue().getProcessInstanceKey()));
        Set<Long> family = new HashSet<>();
        Deque<Long> toVisit = new ArrayDeque<>(List.of(processInstanceKey));
        while (!toVisit.isEmpty()) {
            long key = toVisit.pop();
            if (family.add(key)) {
                toVisit.addAll(children.getOrDefault(key, Set.of()));
            }
        }
        return family;
    }

    private Stream<Record<ProcessInstanceRecordValue>> processInstanceRecords() {
        return StreamSupport.stream(recordStream().processInstanceRecords()
                .spliterator(), false);
    }

    private ProcessInstanceRecordStreamFilter instance(long processInstanceKey) {
        return new ProcessInstanceRecordStreamFilter(recordStream()
                .processInstanceRecords()).withProcessInstanceKey(processInstanceKey);
    }
}
