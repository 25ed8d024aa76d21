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
    private final ZoneId zone;
    /** Shared by this clock and every view of it in another zone, so that all of them move together. */
    private final AtomicReference<Duration> movedBy;

    ProductClock(Clock system) {
        this(system, ZoneOffset.UTC, new AtomicReference<>(Duration.ZERO));
    }

    private ProductClock(Clock system, ZoneId zone, AtomicReference<Duration> movedBy) {
        this.system = system;
        this.zone = zone;
        this.movedBy = movedBy;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(movedBy.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ProductClock(system, other, movedBy);
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
