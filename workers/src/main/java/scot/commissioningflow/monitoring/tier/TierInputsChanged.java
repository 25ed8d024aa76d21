package scot.commissioningflow.monitoring.tier;

import org.springframework.stereotype.Service;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.platform.process.ProcessEngine;

/**
 * Tells a contract's monitoring that an input of its tier changed (a finding, a complaint), so that it decides the
 * tier again and moves its waiting review. The message goes once the change is committed: the tier's inputs are read
 * by the process's next job, which must find them stored.
 */
@Service
public class TierInputsChanged {

    private final ProcessEngine engine;

    TierInputsChanged(ProcessEngine engine) {
        this.engine = engine;
    }

    public void changed(String contractReference) {
        engine.correlateOnceCommitted(MonitoringProcess.INPUTS_CHANGED, contractReference,
                new Changed(contractReference));
    }

    record Changed(String contractReference) {
    }
}
