package scot.commissioningflow.operations.resumption;

import io.camunda.client.spring.event.CamundaPostDeploymentSpringEvent;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.platform.process.EngineContinuity;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;
import scot.commissioningflow.tasks.TaskInbox;

/**
 * Carries every record on from the step it had reached when the engine lost its process (the embedded engine keeps
 * process state in memory only), or lists it for an officer with the reason. Runs once the processes are deployed,
 * before the application says it is ready; against an engine that remembers (a cluster) it does nothing.
 */
@Service
public class Resumptions {

    private static final Logger log = LoggerFactory.getLogger(Resumptions.class);
    private static final String PART = "resumption";

    private final EngineContinuity continuity;
    private final List<ResumableRecords> features;
    private final ProcessEngine engine;
    private final TaskInbox inbox;
    private final AuditTrail audit;
    private final StoredResumptionRepository resumptions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Resumptions(EngineContinuity continuity, List<ResumableRecords> features, ProcessEngine engine, TaskInbox inbox,
            AuditTrail audit, StoredResumptionRepository resumptions, PlatformTransactionManager transactions,
            Clock clock) {
        this.continuity = continuity;
        this.features = features;
        this.engine = engine;
        this.inbox = inbox;
        this.audit = audit;
        this.resumptions = resumptions;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(CamundaPostDeploymentSpringEvent.class)
    void processesDeployed() {
        if (!continuity.startedEmpty()) {
            log.info("The engine still knows the processes it ran before: nothing to resume");
            return;
        }
        // Before any resumed process opens a task: the lost engine's task keys are about to be given out again.
        inbox.setApartTasksOfLostEngine();
        int resumed = 0;
        int notResumed = 0;
        for (ResumableRecords feature : features) {
            for (RecordInFlight record : feature.inFlight()) {
                if (resume(feature, record)) {
                    resumed++;
                } else {
                    notResumed++;
                }
            }
        }
        if (resumed + notResumed > 0) {
            log.info("Processes the engine lost: {} resumed, {} listed at /api/resumptions for an officer", resumed,
                    notResumed);
        }
    }

    private boolean resume(ResumableRecords feature, RecordInFlight record) {
        if (!record.resumable()) {
            notResumed(record, record.cannotResume());
            return false;
        }
        long key;
        try {
            key = engine.startBefore(record.processId(), record.reference(), record.step(), record.variables());
        } catch (RuntimeException refused) {
            log.warn("Could not resume {} {} before {}", record.subjectType(), record.reference(), record.step(),
                    refused);
            notResumed(record, "The engine would not start it again before " + record.step() + ": "
                    + refused.getMessage());
            return false;
        }
        transaction.executeWithoutResult(status -> {
            feature.resumed(record, key);
            audit.recordBySystem(PART, AuditEntry.of("process.resumed", record.subjectType(), record.reference(),
                    "The engine had lost process instance " + record.processInstanceKey() + " at a restart; "
                            + record.processId() + " started again before " + record.step() + ".").inProcess(key));
            resumptions.save(new StoredResumption(record, key, null, clock.instant()));
        });
        return true;
    }

    private void notResumed(RecordInFlight record, String reason) {
        transaction.executeWithoutResult(status -> {
            audit.recordBySystem(PART, AuditEntry.of("process.not-resumed", record.subjectType(), record.reference(),
                    "The engine had lost process instance " + record.processInstanceKey() + " at " + record.step()
                            + " and it was not started again: " + reason));
            resumptions.save(new StoredResumption(record, null, reason, clock.instant()));
        });
    }

    /** What became of records whose process was lost, newest first; only those with this outcome when given. */
    public List<Resumption> list(Outcome outcome) {
        return (outcome == null ? resumptions.findAllByOrderByIdDesc()
                : resumptions.findByOutcomeOrderByIdDesc(outcome)).stream().map(StoredResumption::view).toList();
    }
}
