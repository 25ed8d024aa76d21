package scot.commissioningflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aDurationReadsAsItWasConfigured() {
        assertThat(Words.duration(Duration.parse("PT15M"))).isEqualTo("15 minutes");
        assertThat(Words.duration(Duration.parse("PT1H"))).isEqualTo("1 hour");
        assertThat(Words.duration(Duration.parse("PT1H30M"))).isEqualTo("1 hour and 30 minutes");
        assertThat(Words.duration(Duration.parse("P2DT1H1M"))).isEqualTo("2 days, 1 hour and 1 minute");
        assertThat(Words.duration(Duration.parse("PT45S"))).isEqualTo("45 seconds");
    }
}
