package scot.commissioningflow.frameworks.brokerage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.frameworks.brokerage.Brokerage.BrokerageStart;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Care packages whose process the engine lost, resumed at the stage their status says. A package open for offers,
 * or closed and waiting for the choice made with the person, is brokered again from inviting: the invitations made
 * are kept (and the messages, sent once each, not sent again), inviting answers the time left until the stored
 * closing time, so the offers timer is re-armed from it (passed already when offers had closed, so they close again
 * at once, ranked as they were, and the choice or the escalation of an unfilled package comes back to the inbox).
 * An awarded package tells the other providers (once each) and goes on to its placement agreement through the shared
 * contract-signing. A package placed, not signed or unfilled has nothing left to do.
 */
@Component
class CarePackageResumption implements ResumableRecords {

    /** A package in one of these has nothing left to do, so a restart does not even read it. */
    private static final Set<CarePackageStatus> ENDED = EnumSet.of(CarePackageStatus.PLACED,
            CarePackageStatus.PLACEMENT_NOT_SIGNED, CarePackageStatus.UNFILLED);

    private final CarePackageRepository packages;

    CarePackageResumption(CarePackageRepository packages) {
        this.packages = packages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return packages.findWithProcessNotIn(ENDED).stream()
                .map(p -> RecordInFlight.resumeBefore(BrokerageProcess.PROCESS_ID, "care-package", p.reference(),
                        p.processInstanceKey(), p.status() == CarePackageStatus.AWARDED
                                ? BrokerageProcess.TELL_OTHERS : BrokerageProcess.INVITE_PROVIDERS,
                        new BrokerageStart(p.reference())))
                .toList();
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        packages.findByReference(record.reference()).orElseThrow().startedAs(newProcessInstanceKey);
    }
}
