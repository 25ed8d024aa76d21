package scot.commissioningflow.frameworks.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.frameworks.FrameworkWeights;

class FrameworkScoreTest {

    private static final FrameworkWeights NINETY_TEN = new FrameworkWeights(90, 10);

    @Test
    void excellentGradesAndTheLowestPriceScoreEverything() {
        assertThat(FrameworkScore.of(NINETY_TEN, List.of(6, 6, 6), new BigDecimal("25.00"), new BigDecimal("25.00")))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void qualityIsTheMeanGradeOutOfSixAndPriceIsAgainstTheLowest() {
        // Mean grade 4.5 of 6 is 67.5 of 90; £25 against the lowest £20 is 8 of 10.
        assertThat(FrameworkScore.of(NINETY_TEN, List.of(4, 5, 4, 5), new BigDecimal("25.00"),
                new BigDecimal("20.00"))).isEqualByComparingTo("75.50");
    }

    @Test
    void sixtyFortyWeighsPriceMore() {
        assertThat(FrameworkScore.of(new FrameworkWeights(60, 40), List.of(3), new BigDecimal("30.00"),
                new BigDecimal("20.00"))).isEqualByComparingTo("56.67");
    }
}
