package scot.commissioningflow.platform.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import scot.commissioningflow.platform.ProductClock;
import scot.commissioningflow.platform.web.Conflict;

/**
 * Moving time forward in a trial, so that a tender's response period, a standstill or a review date passes in
 * minutes: the embedded engine's clock (its timers fire) and the product's own clock move together. Against a Camunda
 * cluster there is no engine clock the product may move, and it is refused.
 */
@Service
public class EngineClock {

    /** Why time cannot be moved against a cluster, in words. */
    public static final String NOT_MOVABLE = "Time cannot be moved here: moving time is for trials on the embedded"
            + " engine, and this installation runs on a Camunda cluster, whose clock is real time, or has it turned"
            + " off (commissioning.trial.move-time).";

    private static final Logger log = LoggerFactory.getLogger(EngineClock.class);

    private final ObjectProvider<ZeebeTestEngine> embeddedEngine;
    private final ProductClock clock;
    private final boolean allowed;

    /**
     * @param allowed {@code commissioning.trial.move-time}: on by default; off in tests, whose shared application must
     *                keep real time, unless a test turns it on
     */
    EngineClock(ObjectProvider<ZeebeTestEngine> embeddedEngine, ProductClock clock,
            @Value("${commissioning.trial.move-time:true}") boolean allowed) {
        this.embeddedEngine = embeddedEngine;
        this.clock = clock;
        this.allowed = allowed;
    }

    /** Whether time can be moved here: only on the embedded engine, and only where trials may move it. */
    public boolean movable() {
        return allowed && embeddedEngine.getIfAvailable() != null;
    }

    public Instant now() {
        return clock.instant();
    }

    public Duration movedBy() {
        return clock.movedBy();
    }

    public synchronized Instant moveForward(Duration duration) {
        ZeebeTestEngine engine = embeddedEngine.getIfAvailable();
        if (engine == null || !allowed) {
            throw new Conflict(NOT_MOVABLE);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("Time only moves forward");
        }
        clock.moveForward(duration);
        engine.increaseTime(duration);
        log.info("Time moved forward by {}; the product's time is now {}", duration, clock.instant());
        return clock.instant();
    }
}
