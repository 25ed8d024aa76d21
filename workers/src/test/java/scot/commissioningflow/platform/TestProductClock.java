package scot.commissioningflow.platform;

import java.time.Clock;

/** A product clock over a clock a test fixes. */
public final class TestProductClock {

    private TestProductClock() {
    }

    public static ProductClock at(Clock system) {
        return new ProductClock(system);
    }
}
