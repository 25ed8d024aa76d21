package scot.commissioningflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import scot.commissioningflow.platform.ProductClock;
import scot.commissioningflow.platform.TestProductClock;
import scot.commissioningflow.platform.web.Conflict;

/** Trial time: the engine's clock and the product's move together on the embedded engine, and never on a cluster. */
class EngineClockTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final ProductClock clock = TestProductClock.at(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void onTheEmbeddedEngineTheEngineAndTheProductMoveTogether() {
        ZeebeTestEngine engine = mock(ZeebeTestEngine.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedZeebeEngine", engine);
        EngineClock trialTime = new EngineClock(beans.getBeanProvider(ZeebeTestEngine.class), clock, true);

        Instant moved = trialTime.moveForward(Duration.ofDays(15));

        verify(engine).increaseTime(Duration.ofDays(15));
        assertThat(moved).isEqualTo(NOW.plus(Duration.ofDays(15)));
        assertThat(clock.instant()).isEqualTo(moved);
        assertThat(trialTime.movedBy()).isEqualTo(Duration.ofDays(15));
        assertThat(trialTime.movable()).isTrue();
    }

    @Test
    void againstAClusterTimeIsNotMovedAndTheRefusalSaysWhy() {
        EngineClock trialTime = new EngineClock(new StaticListableBeanFactory().getBeanProvider(ZeebeTestEngine.class),
                clock, true);

        assertThat(trialTime.movable()).isFalse();
        assertThatThrownBy(() -> trialTime.moveForward(Duration.ofDays(15))).isInstanceOf(Conflict.class)
                .hasMessageContaining("runs on a Camunda cluster, whose clock is real time");
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void whereTrialsMayNotMoveTimeItIsRefusedToo() {
        ZeebeTestEngine engine = mock(ZeebeTestEngine.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedZeebeEngine", engine);
        EngineClock trialTime = new EngineClock(beans.getBeanProvider(ZeebeTestEngine.class), clock, false);

        assertThat(trialTime.movable()).isFalse();
        assertThatThrownBy(() -> trialTime.moveForward(Duration.ofDays(15))).isInstanceOf(Conflict.class);
        verifyNoInteractions(engine);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void timeOnlyMovesForward() {
        ZeebeTestEngine engine = mock(ZeebeTestEngine.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedZeebeEngine", engine);
        EngineClock trialTime = new EngineClock(beans.getBeanProvider(ZeebeTestEngine.class), clock, true);

        assertThatThrownBy(() -> trialTime.moveForward(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(engine);
        assertThat(clock.instant()).isEqualTo(NOW);
    }
}
