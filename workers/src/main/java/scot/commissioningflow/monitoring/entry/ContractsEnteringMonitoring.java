package scot.commissioningflow.monitoring.entry;

import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractEnded;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractWentLive;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.providers.CareServiceChanged;

/**
 * Starts monitoring each live contract once, and tells the monitoring of every contract a changed care service
 * belongs to that its tier's inputs changed; stops monitoring a contract that ended.
 */
@Component
class ContractsEnteringMonitoring {

    private static final Logger log = LoggerFactory.getLogger(ContractsEnteringMonitoring.class);

    private final MonitoredContractRepository contracts;
    private final MonitoringStarts starts;
    private final ProcessEngine engine;
    private final ContractRegister register;

    ContractsEnteringMonitoring(MonitoredContractRepository contracts, MonitoringStarts starts, ProcessEngine engine,
            ContractRegister register) {
        this.contracts = contracts;
        this.starts = starts;
        this.engine = engine;
        this.register = register;
    }

    /**
     * The row is committed before the process starts (see {@link MonitoringStarts}); a redelivered event finds both
     * and starts nothing, or finds the row alone and starts its process.
     */
    @ApplicationModuleListener
    void on(ContractWentLive live) {
        enter(live.contract());
    }

    private void enter(ContractEntry contract) {
        try {
            starts.enter(contract);
        } catch (DataIntegrityViolationException e) {
            // Another delivery entered the row between this one's look and its insert: the row is there all the same.
        }
        starts.startIfNotStarted(contract.reference());
    }

    /** Rows left without a process by a start that failed, whose event may never be delivered again. */
    @EventListener(ApplicationReadyEvent.class)
    void startThoseNotStarted() {
        for (String reference : contracts.findReferencesWithoutProcess()) {
            try {
                starts.startIfNotStarted(reference);
            } catch (RuntimeException e) {
                log.warn("Monitoring of contract {} could not start yet: {}", reference, e.getMessage());
            }
        }
    }

    @ApplicationModuleListener
    void on(CareServiceChanged changed) {
        List<String> numbers = Stream.of(changed.serviceNumber(), changed.current().providerNumber()).toList();
        for (MonitoredContract contract : contracts.findByCareInspectorateNumberIn(numbers)) {
            // The process decides the tier again and moves its next review; it does not start another cycle.
            engine.correlate(MonitoringProcess.INPUTS_CHANGED, contract.contractReference(), new Entered(
                    contract.contractReference()));
        }
    }

    /**
     * Every contract in the register went live before it ended, but the two events are delivered apart, each on a
     * thread of its own: a contract ended soon after going live can be ended here before its entry is committed.
     * Then it enters monitoring now, so that its process starts and takes the end; the later delivery of its going
     * live finds both and adds nothing. Ignored instead, its monitoring would have started after the end and run on.
     */
    @ApplicationModuleListener
    void on(ContractEnded ended) {
        if (!contracts.existsById(ended.contractReference())) {
            enter(register.get(ended.contractReference()).contract());
        }
        engine.correlate(MonitoringProcess.CONTRACT_ENDED, ended.contractReference(),
                new Entered(ended.contractReference()));
    }

    record Entered(String contractReference) {
    }
}
