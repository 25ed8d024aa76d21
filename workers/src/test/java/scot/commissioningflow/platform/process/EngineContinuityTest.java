package scot.commissioningflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The engine the application started with was asked at start-up whether it remembered an earlier life; asked again,
 * it says it does, as a cluster does after a restart, so nothing would be resumed against it.
 */
class EngineContinuityTest extends JourneyTest {

    @Autowired
    private EngineContinuity continuity;

    @Test
    void anEngineThatKeptItsStateIsNotTakenForAnEmptyOne() {
        assertThat(continuity.startedEmpty()).isFalse();
        assertThat(continuity.startedEmpty()).isFalse();
    }
}
