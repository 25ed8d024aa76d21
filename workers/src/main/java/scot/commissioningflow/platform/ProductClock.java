package scot.commissioningflow.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The product's time: the system's, moved forward by as much as an administrator moved the embedded engine's clock
 * in a trial (platform.engine.EngineClock), so that deadlines the application works out agree with the engine's
 * timers. Outside a trial it is the system clock in UTC.
 */
public final class ProductClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> movedBy = new AtomicReference<>(Duration.ZERO);

    ProductClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(movedBy.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), movedBy.get());
    }

    /** How far ahead of the system clock the product's time is. */
    public Duration movedBy() {
        return movedBy.get();
    }

    /** Only the engine's clock control calls this, in the same step as it moves the engine's clock. */
    public void moveForward(Duration duration) {
        movedBy.accumulateAndGet(duration, Duration::plus);
    }
}
