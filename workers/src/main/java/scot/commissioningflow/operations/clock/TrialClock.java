package scot.commissioningflow.operations.clock;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.engine.EngineClock;
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

    TimeInTrial moveForward(Move move, SignedInPerson administrator) {
        if (move == null || move.days() == null || move.days() < 1 || move.days() > MAX_DAYS) {
            throw new InvalidInput("days", "days must be a whole number from 1 to " + MAX_DAYS);
        }
        Instant now = clock.moveForward(Duration.ofDays(move.days()));
        audit.record(administrator, AuditEntry.of("trial.time-moved", "trial", "clock", "Time moved forward by "
                + move.days() + " days to " + now + ", so that deadlines and timers due in that time have passed."));
        return now();
    }
}
