package scot.commissioningflow.commissioning.tender;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.award.AwardMade;
import scot.commissioningflow.commissioning.award.Awards;
import scot.commissioningflow.commissioning.route.ChosenRoute;
import scot.commissioningflow.commissioning.tender.Tenders.TenderStart;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Tenders whose process the engine lost, resumed at the stage they had reached: the route is decided again if it was
 * not yet; a tender open for responses opens again with the deadline it has (opening keeps a deadline already fixed,
 * so the timer is re-armed from the stored date, and a notice already published is not published twice); an award
 * decided goes through its award stage again with the stored standstill end and award-notice date (letters and
 * notices already sent are not sent twice). A tender in evaluation, challenged, or making its contract holds work
 * only its lost process had; it is listed for an officer. A tender started on a commissioner's tender model resumes
 * on that model (the tender remembers it), at the step the model has for its stage.
 */
@Component
class TenderResumption implements ResumableRecords {

    private static final Set<TenderStatus> ENDED = EnumSet.of(TenderStatus.CONTRACT_LIVE,
            TenderStatus.CONTRACT_NOT_SIGNED, TenderStatus.CANCELLED);

    private final TenderRepository tenders;
    private final Awards awards;
    private final ModelSteps modelSteps;

    TenderResumption(TenderRepository tenders, Awards awards, ModelSteps modelSteps) {
        this.tenders = tenders;
        this.awards = awards;
        this.modelSteps = modelSteps;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return tenders.findByStatusNotInAndProcessInstanceKeyIsNotNull(ENDED).stream()
                .map(tender -> {
                    RecordInFlight record = resumption(tender.view(), tender.processId());
                    return TenderProcess.PROCESS_ID.equals(tender.processId()) ? record
                            : onModel(record, tender.processVersion());
                }).toList();
    }

    /**
     * A tender started on a commissioner's model resumes on that model, before the step the model names for the
     * stage it had reached; a model with no such step leaves it for an officer, saying so.
     */
    private RecordInFlight onModel(RecordInFlight record, Integer version) {
        if (!record.resumable()) {
            return record;
        }
        return modelSteps.resumeBefore(record.processId(), record.step())
                .map(step -> RecordInFlight.resumeBefore(record.processId(), record.subjectType(), record.reference(),
                        record.processInstanceKey(), step, record.variables()))
                .orElseGet(() -> RecordInFlight.cannotResume(record.processId(), record.subjectType(),
                        record.reference(), record.processInstanceKey(), record.step(), "The tender runs on the"
                                + " tender model \"" + record.processId() + "\" (started on version " + version
                                + "), which has no step where its stage (" + record.step() + ") carries on, so it"
                                + " cannot carry on by itself."));
    }

    private RecordInFlight resumption(TenderView tender, String processId) {
        long key = tender.processInstanceKey();
        return switch (tender.status()) {
            case NEED_RECORDED -> RecordInFlight.resumeBefore(processId, "tender", tender.reference(),
                    key, TenderProcess.ROUTE_STAGE, new ResumedTender(TenderStart.of(tender), null, null));
            case ROUTE_CHOSEN, OPEN_FOR_RESPONSES -> RecordInFlight.resumeBefore(processId, "tender",
                    tender.reference(), key, tender.procurementRoute().competitive()
                            ? TenderProcess.RESPONSE_PERIOD_STAGE : TenderProcess.DIRECT_AWARD_STAGE,
                    new ResumedTender(TenderStart.of(tender), ChosenRoute.of(tender.procurementRoute(),
                            tender.noticeDuty(), tender.standstillDays()), null));
            case AWARD_DECIDED, STANDSTILL -> awards.made(tender.reference()).map(award -> RecordInFlight
                    .resumeBefore(processId, "tender", tender.reference(), key,
                            TenderProcess.AWARD_STAGE, new ResumedTender(TenderStart.of(tender),
                                    ChosenRoute.of(tender.procurementRoute(), tender.noticeDuty(),
                                            tender.standstillDays()), award)))
                    .orElseGet(() -> RecordInFlight.cannotResume(processId, "tender",
                            tender.reference(), key, tender.status().name(), "The tender says an award was decided "
                                    + "but no award decision is stored for it."));
            default -> RecordInFlight.cannotResume(processId, "tender", tender.reference(), key,
                    tender.status().name(), "The tender was " + tender.status().inWords() + " when its process was "
                            + "lost. The responses, scores and decisions it holds are kept, but that step's work in "
                            + "progress (scoring tasks, a challenge, the contract being made) was held only by the "
                            + "lost process, so it cannot carry on by itself.");
        };
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        tenders.findByReference(record.reference()).orElseThrow().started(newProcessInstanceKey);
    }

    /** The tender's start variables and, once decided, its route and award, flat as the process has them. */
    record ResumedTender(@JsonUnwrapped TenderStart start, @JsonUnwrapped ChosenRoute route,
            @JsonUnwrapped AwardMade award) {
    }
}
