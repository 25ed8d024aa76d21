package scot.commissioningflow.operations.clock;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.engine.EngineClock;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/** An administrator moving a trial's time forward, a whole number of days at a time, on the record. */
@Service
class TrialClock {

    static final int MAX_DAYS = 60;

    /** Where the trial's time stands. */
    record TimeInTrial(boolean movable, Instant now, long daysMoved) {
    }

    /** How far to move time forward. */
    record Move(Integer days) {
    }

    private final EngineClock clock;
    private final AuditTrail audit;

    TrialClock(EngineClock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    TimeInTrial now() {
        return new TimeInTrial(clock.movable(), clock.now(), clock.movedBy().toDays());
    }

    /** Recorded first, so that a move the engine refuses leaves no record; time never moves back. */
    @Transactional
    TimeInTrial moveForward(Move move, SignedInPerson administrator) {
        if (move == null || move.days() == null || move.days() < 1 || move.days() > MAX_DAYS) {
            throw new InvalidInput("days", "days must be a whole number from 1 to " + MAX_DAYS);
        }
        if (!clock.movable()) {
            throw new Conflict(EngineClock.NOT_MOVABLE);
        }
        audit.record(administrator, AuditEntry.of("trial.time-moved", "trial", "clock", "Time moved forward by "
                + move.days() + " days from " + clock.now() + ", so that deadlines and timers due in that time"
                + " pass."));
        clock.moveForward(Duration.ofDays(move.days()));
        return now();
    }
}
