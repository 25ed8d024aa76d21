package scot.commissioningflow.collaboration.round;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.collaboration.CollaborationProcess;
import scot.commissioningflow.collaboration.round.Rounds.RoundStarted;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Collaboration funding rounds whose process the engine lost, resumed from the dates they store. A round announced
 * waits again until the start of its opening day; a round open for applications opens again, which changes nothing
 * and answers the time left until the end of its closing day, so applications close when the round says. A round
 * being assessed or awarded holds eligibility checks, the panel's scoring and each grant's agreement and milestones
 * (with their report reminders) in work only the lost process had: it is listed for an officer.
 */
@Component
class RoundResumption implements ResumableRecords {

    private final FundingRoundRepository rounds;
    private final Rounds timing;

    RoundResumption(FundingRoundRepository rounds, Rounds timing) {
        this.rounds = rounds;
        this.timing = timing;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return rounds.findWithProcessNot(FundingRound.Status.CLOSED).stream().map(this::resumption).toList();
    }

    private RecordInFlight resumption(FundingRound round) {
        String reference = round.reference();
        long key = round.processInstanceKey();
        return switch (round.status()) {
            case ANNOUNCED -> RecordInFlight.resumeBefore(CollaborationProcess.ROUND_PROCESS_ID,
                    "collaboration-round", reference, key, CollaborationProcess.ROUND_OPENS,
                    new RoundStarted(reference, timing.until(round.opensOn()).toString()));
            case OPEN -> RecordInFlight.resumeBefore(CollaborationProcess.ROUND_PROCESS_ID, "collaboration-round",
                    reference, key, CollaborationProcess.OPEN_ROUND,
                    new RoundStarted(reference, timing.until(round.opensOn()).toString()));
            case ASSESSING, AWARDED -> RecordInFlight.cannotResume(CollaborationProcess.ROUND_PROCESS_ID,
                    "collaboration-round", reference, key, round.status().name(), "The round was "
                            + round.status().name().toLowerCase() + " when its process was lost. Its applications,"
                            + " scores, awards and grants are kept, but the eligibility checks, the panel's work and"
                            + " each grant's agreement, stage payments and report reminders still running were held"
                            + " only by the lost process, so the round and its grants cannot carry on by"
                            + " themselves.");
            case CLOSED -> throw new IllegalArgumentException("Round " + reference + " has closed.");
        };
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        rounds.findByReference(record.reference()).orElseThrow().started(newProcessInstanceKey);
    }
}
