package scot.commissioningflow.contracts.signing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractSigned;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.platform.process.ProcessEngine;

/**
 * Tells the waiting contract-signing process that every party has signed. It runs after the last signature is
 * committed, from the event registry, so an engine that is down at that moment is told when it is back.
 */
@Component
class SignedContractRelay {

    private final ProcessEngine engine;

    SignedContractRelay(ProcessEngine engine) {
        this.engine = engine;
    }

    @ApplicationModuleListener
    void on(ContractSigned signed) {
        engine.correlate(ContractSigningProcess.ALL_SIGNED_MESSAGE, signed.contractReference(), new AllSigned(true));
    }

    /** The variable the waiting process's gateway reads. */
    record AllSigned(boolean contractSigned) {
    }
}
