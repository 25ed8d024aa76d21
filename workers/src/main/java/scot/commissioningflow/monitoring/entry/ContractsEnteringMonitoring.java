package scot.commissioningflow.monitoring.entry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractEnded;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractWentLive;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.providers.CareServiceChanged;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderView;

/**
 * Starts monitoring each live contract once, and tells the monitoring of every contract a changed care service
 * belongs to that its tier's inputs changed; stops monitoring a contract that ended.
 */
@Component
class ContractsEnteringMonitoring {

    private static final Logger log = LoggerFactory.getLogger(ContractsEnteringMonitoring.class);

    private final MonitoredContractRepository contracts;
    private final ProviderRegister providers;
    private final ProcessEngine engine;
    private final Clock clock;

    ContractsEnteringMonitoring(MonitoredContractRepository contracts, ProviderRegister providers,
            ProcessEngine engine, Clock clock) {
        this.contracts = contracts;
        this.providers = providers;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The row for the contract reference is the guard: a redelivered event finds it and starts nothing. Its insert is
     * flushed before the process starts, so two deliveries at once collide on the key and only one starts it.
     */
    @ApplicationModuleListener
    void on(ContractWentLive live) {
        ContractEntry contract = live.contract();
        if (contracts.existsById(contract.reference())) {
            log.info("Contract {} is already monitored", contract.reference());
            return;
        }
        MonitoredContract monitored = contracts.saveAndFlush(new MonitoredContract(contract,
                careInspectorateNumber(contract.providerReference()).orElse(null), clock.instant()));
        monitored.started(engine.start(MonitoringProcess.PROCESS_ID, contract.reference(),
                new Entered(contract.reference())));
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

    @ApplicationModuleListener
    void on(ContractEnded ended) {
        if (contracts.existsById(ended.contractReference())) {
            engine.correlate(MonitoringProcess.CONTRACT_ENDED, ended.contractReference(),
                    new Entered(ended.contractReference()));
        }
    }

    /** The provider's Care Inspectorate number (a CS service number or SP provider number), when registered. */
    private Optional<String> careInspectorateNumber(String providerReference) {
        // Looked up in the list rather than by get(), whose refusal of an unknown provider would roll back this
        // transaction: a contract with a provider outside the register (a grant partner) is monitored all the same,
        // without inspection data.
        return providers.list(null).stream().filter(provider -> provider.reference().equals(providerReference))
                .map(ProviderView::careInspectorateNumber).filter(number -> number != null).findFirst();
    }

    record Entered(String contractReference) {
    }
}
