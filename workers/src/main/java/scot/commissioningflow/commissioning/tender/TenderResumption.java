package scot.commissioningflow.commissioning.tender;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.route.ChosenRoute;
import scot.commissioningflow.commissioning.tender.Tenders.TenderStart;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Tenders whose process the engine lost. Until responses are unsealed a tender resumes at the stage it had reached: the
 * route is decided again if it was not yet, and a tender open for responses opens again with the deadline it has
 * (opening keeps a deadline already fixed, so the timer is re-armed from the stored date, and a notice already
 * published is not published twice). Later stages carry scores, moderation and standstill in the process; those
 * tenders are listed for an officer.
 */
@Component
class TenderResumption implements ResumableRecords {

    private static final Set<TenderStatus> ENDED = EnumSet.of(TenderStatus.CONTRACT_LIVE,
            TenderStatus.CONTRACT_NOT_SIGNED, TenderStatus.CANCELLED);

    private final TenderRepository tenders;

    TenderResumption(TenderRepository tenders) {
        this.tenders = tenders;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return tenders.findAll().stream().map(Tender::view)
                .filter(tender -> !ENDED.contains(tender.status()) && tender.processInstanceKey() != null)
                .map(TenderResumption::resumption).toList();
    }

    private static RecordInFlight resumption(TenderView tender) {
        long key = tender.processInstanceKey();
        return switch (tender.status()) {
            case NEED_RECORDED -> RecordInFlight.resumeBefore(TenderProcess.PROCESS_ID, "tender", tender.reference(),
                    key, TenderProcess.ROUTE_STAGE, new ResumedTender(TenderStart.of(tender), null));
            case ROUTE_CHOSEN, OPEN_FOR_RESPONSES -> RecordInFlight.resumeBefore(TenderProcess.PROCESS_ID, "tender",
                    tender.reference(), key, tender.procurementRoute().competitive()
                            ? TenderProcess.RESPONSE_PERIOD_STAGE : TenderProcess.DIRECT_AWARD_STAGE,
                    new ResumedTender(TenderStart.of(tender), ChosenRoute.of(tender.procurementRoute(),
                            tender.noticeDuty(), tender.standstillDays())));
            default -> RecordInFlight.cannotResume(TenderProcess.PROCESS_ID, "tender", tender.reference(), key,
                    tender.status().name(), "The tender was " + tender.status().inWords() + " when its process was "
                            + "lost; the scores, moderation and award it holds are kept, but its process cannot be "
                            + "started again part-way through evaluation, award or contract. Carry it on by hand or "
                            + "cancel it and record a new need.");
        };
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        tenders.findByReference(record.reference()).orElseThrow().started(newProcessInstanceKey);
    }

    /** The tender's start variables and, once decided, its route, flat as the process has them. */
    record ResumedTender(@JsonUnwrapped TenderStart start, @JsonUnwrapped ChosenRoute route) {
    }
}
