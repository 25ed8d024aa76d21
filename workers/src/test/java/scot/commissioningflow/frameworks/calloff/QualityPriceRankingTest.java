package scot.commissioningflow.frameworks.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.frameworks.FrameworkWeights;
import scot.commissioningflow.frameworks.calloff.QualityPriceRanking.Candidate;
import scot.commissioningflow.frameworks.calloff.QualityPriceRanking.Ranked;

/** Ranking on a framework's quality and price weights, as a mini-competition and brokerage use it. */
class QualityPriceRankingTest {

    private static Candidate candidate(String provider, String quality, String price, long arrival) {
        return new Candidate(provider, new BigDecimal(quality), new BigDecimal(price), arrival);
    }

    @Test
    void at90To10QualityOutweighsASomewhatLowerPrice() {
        List<Ranked> ranked = QualityPriceRanking.rank(new FrameworkWeights(90, 10), List.of(
                candidate("CHEAP", "60", "20.00", 1), candidate("GOOD", "90", "25.00", 2)));
        assertThat(ranked).extracting(Ranked::providerReference).containsExactly("GOOD", "CHEAP");
        assertThat(ranked.get(1).priceScore()).isEqualByComparingTo("100.00");
        assertThat(ranked.get(0).priceScore()).isEqualByComparingTo("80.00");
        assertThat(ranked.get(0).totalScore()).isEqualByComparingTo("89.00");
        assertThat(ranked.get(1).totalScore()).isEqualByComparingTo("64.00");
    }

    @Test
    void at60To40PriceCanWin() {
        List<Ranked> ranked = QualityPriceRanking.rank(new FrameworkWeights(60, 40), List.of(
                candidate("GOOD", "80", "30.00", 1), candidate("CHEAP", "75", "20.00", 2)));
        assertThat(ranked).extracting(Ranked::providerReference).containsExactly("CHEAP", "GOOD");
    }

    @Test
    void tiesGoToBetterQualityThenToTheEarlierOffer() {
        List<Ranked> ranked = QualityPriceRanking.rank(new FrameworkWeights(100, 0), List.of(
                candidate("LATE", "80", "20.00", 9), candidate("EARLY", "80", "30.00", 3),
                candidate("BEST", "81", "40.00", 5)));
        assertThat(ranked).extracting(Ranked::providerReference).containsExactly("BEST", "EARLY", "LATE");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void qualityComesFromTheFrameworkScoreAndTheLowestGrade() {
        assertThat(QualityPriceRanking.qualityOf(new BigDecimal("80"), 6)).isEqualByComparingTo("90.00");
        assertThat(QualityPriceRanking.qualityOf(new BigDecimal("80"), null)).isEqualByComparingTo("80.00");
        assertThat(QualityPriceRanking.qualityOf(null, 3)).isEqualByComparingTo("50.00");
        assertThat(QualityPriceRanking.qualityOf(null, null)).isEqualByComparingTo("0.00");
    }
}
