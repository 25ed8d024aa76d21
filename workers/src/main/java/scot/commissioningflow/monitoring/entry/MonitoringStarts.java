package scot.commissioningflow.monitoring.entry;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderView;

/**
 * A contract enters monitoring in two steps, each in its own transaction: its row is committed first, and only then
 * is its process started. The process's first job reads the row, so a process started before the row was committed
 * would fail that job and retry. A row whose process never started (the engine was down) gets it on the event's
 * redelivery, or when the application next starts ({@link ContractsEnteringMonitoring}).
 */
@Service
class MonitoringStarts {

    private static final Logger log = LoggerFactory.getLogger(MonitoringStarts.class);

    private final MonitoredContractRepository contracts;
    private final ProviderRegister providers;
    private final ProcessEngine engine;
    private final Clock clock;

    MonitoringStarts(MonitoredContractRepository contracts, ProviderRegister providers, ProcessEngine engine,
            Clock clock) {
        this.contracts = contracts;
        this.providers = providers;
        this.engine = engine;
        this.clock = clock;
    }

    /** The contract's row, once: a second delivery finds it and adds nothing. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void enter(ContractEntry contract) {
        if (contracts.existsById(contract.reference())) {
            return;
        }
        // A provider outside the register (a grant partner) is monitored all the same, without inspection data.
        String number = providers.find(contract.providerReference()).map(ProviderView::careInspectorateNumber)
                .orElse(null);
        contracts.saveAndFlush(new MonitoredContract(contract, number, clock.instant()));
    }

    /**
     * Starts the contract's process unless it has one. The row is locked while the process starts, so two deliveries
     * at once start one process between them: the second waits, then finds the key written. If the engine refuses,
     * nothing is written and the next attempt starts it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void startIfNotStarted(String contractReference) {
        Optional<MonitoredContract> held = contracts.findForStartByContractReference(contractReference);
        if (held.isEmpty() || held.get().processInstanceKey() != null) {
            log.info("Contract {} is already monitored", contractReference);
            return;
        }
        held.get().started(engine.start(MonitoringProcess.PROCESS_ID, contractReference,
                new ContractsEnteringMonitoring.Entered(contractReference)));
    }
}
