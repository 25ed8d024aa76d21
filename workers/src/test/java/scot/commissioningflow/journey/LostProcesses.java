package scot.commissioningflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * A record's process lost and resumed, for the tests of each feature's {@link ResumableRecords}: the instance is
 * cancelled under the record (as an empty engine after a restart leaves it), the feature that has the record in
 * flight gives it, and it is started again as {@code operations.resumption.Resumptions} does, on the real engine.
 */
@TestComponent
public class LostProcesses {

    private final List<ResumableRecords> features;
    private final ProcessEngine processEngine;
    private final EngineHarness engine;
    private final TransactionTemplate transaction;

    LostProcesses(List<ResumableRecords> features, ProcessEngine processEngine, EngineHarness engine,
            PlatformTransactionManager transactions) {
        this.features = features;
        this.processEngine = processEngine;
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A record in flight, with the feature that gave it: the one that points it at its new instance. */
    public record Lost(ResumableRecords feature, RecordInFlight record) {
    }

    /** Cancels the instance and answers the record its feature then gives for the reference, pointing at it. */
    public Lost lose(long processInstanceKey, String reference) {
        engine.cancelIfRunning(processInstanceKey);
        Lost lost = inFlight(reference).orElseThrow(() -> new AssertionError(
                "No feature has " + reference + " in flight after its process was lost"));
        assertThat(lost.record().processInstanceKey()).isEqualTo(processInstanceKey);
        return lost;
    }

    /** The record some feature gives for the reference, if any does. */
    public Optional<Lost> inFlight(String reference) {
        for (ResumableRecords feature : features) {
            Optional<RecordInFlight> record = feature.inFlight().stream()
                    .filter(r -> r.reference().equals(reference)).findFirst();
            if (record.isPresent()) {
                return Optional.of(new Lost(feature, record.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the record's process again before its step, points the record at the new instance in a transaction of
     * its own (as the audit's), waits for the engine to settle and answers the new instance. The caller ends it.
     */
    public long resume(Lost lost) {
        RecordInFlight record = lost.record();
        assertThat(record.resumable()).as(record.cannotResume()).isTrue();
        long resumed = processEngine.startBefore(record.processId(), record.reference(), record.step(),
                record.variables());
        transaction.executeWithoutResult(status -> lost.feature().resumed(record, resumed));
        engine.settle();
        return resumed;
    }
}
