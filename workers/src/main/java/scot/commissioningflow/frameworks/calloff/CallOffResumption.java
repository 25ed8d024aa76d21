package scot.commissioningflow.frameworks.calloff;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.ScottishCalendar;
import scot.commissioningflow.frameworks.calloff.CallOffs.CallOffStart;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Call-offs whose process the engine lost, resumed at the stage their status says. One whose route is not yet
 * recorded has it decided again, on the day it was first decided. A mini-competition open for responses, or closed
 * and being evaluated, goes through its mini-competition again: inviting keeps the members invited and the closing
 * time stored, and answers the time left until then, so the closing timer is re-armed from the stored time (already
 * passed when it was closed, so responses close again at once, their fair-work checks are found already made, and
 * the commissioner's award task comes back). An awarded call-off publishes its award notice if one is owed and not
 * yet published, then has its contract prepared and signed through the shared contract-signing, which finds a
 * contract already sent. A call-off not awarded or whose contract is settled has nothing left to do.
 */
@Component
class CallOffResumption implements ResumableRecords {

    /** A call-off in one of these has nothing left to do, so a restart does not even read it. */
    private static final Set<CallOffStatus> ENDED = EnumSet.of(CallOffStatus.NOT_AWARDED,
            CallOffStatus.CONTRACT_LIVE, CallOffStatus.CONTRACT_NOT_SIGNED);

    private final CallOffRepository callOffs;

    CallOffResumption(CallOffRepository callOffs) {
        this.callOffs = callOffs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return callOffs.findWithProcessNotIn(ENDED).stream()
                .map(callOff -> RecordInFlight.resumeBefore(CallOffProcess.PROCESS_ID, "call-off",
                        callOff.reference(), callOff.processInstanceKey(), step(callOff), variables(callOff)))
                .toList();
    }

    private static String step(CallOff callOff) {
        return switch (callOff.status()) {
            case REQUESTED -> callOff.route() == null ? CallOffProcess.LOOK_UP_THRESHOLDS
                    : callOff.method() == CallOffMethod.WITH_REOPENING_COMPETITION ? CallOffProcess.MINI_COMPETITION
                    : CallOffProcess.SELECT_PROVIDER;
            case OPEN_FOR_RESPONSES, EVALUATING -> CallOffProcess.MINI_COMPETITION;
            case AWARDED -> awardNoticeRequired(callOff) && callOff.awardNoticeId() == null
                    ? CallOffProcess.PUBLISH_AWARD_NOTICE : CallOffProcess.CONTRACT;
            case NOT_AWARDED, CONTRACT_LIVE, CONTRACT_NOT_SIGNED -> throw new IllegalArgumentException(
                    "Call-off " + callOff.reference() + " has ended; it is not in flight.");
        };
    }

    /** As the call-off started (the route decided on the day it was requested), with the notice duty once known. */
    private static ResumedCallOff variables(CallOff callOff) {
        return new ResumedCallOff(new CallOffStart(callOff.reference(), "FRAMEWORK", callOff.method().name(),
                "SOCIAL_CARE", "NEW_SERVICE", callOff.valueExVat(), callOff.valueIncVat(),
                LocalDate.ofInstant(callOff.createdAt(), ScottishCalendar.SCOTLAND).toString(),
                callOff.startDate().toString()),
                callOff.route() == null ? null : awardNoticeRequired(callOff));
    }

    private static boolean awardNoticeRequired(CallOff callOff) {
        return new CallOffRoute(callOff.route(), callOff.noticeDuty(), "NONE").awardNoticeRequired();
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        callOffs.findByReference(record.reference()).orElseThrow().startedAs(newProcessInstanceKey);
    }

    /** The call-off's start variables, flat as the process has them, and whether an award notice is owed. */
    record ResumedCallOff(@JsonUnwrapped CallOffStart start, Boolean awardNoticeRequired) {
    }
}
