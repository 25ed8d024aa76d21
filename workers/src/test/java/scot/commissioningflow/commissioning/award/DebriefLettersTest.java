package scot.commissioningflow.commissioning.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;
import scot.commissioningflow.commissioning.tender.AwardWeights;

/** The letter an unsuccessful provider receives says what the Act (s.32) asks, in plain sentences. */
class DebriefLettersTest {

    private static final DebriefLetters WORDING = new DebriefLetters("Care at home, Strathspey", "TND-1",
            new AwardWeights(70, 20, 10), "Morag Fraser");
    private static final RankedResponse WINNER = ranked(1, "Spey Support", "82", "95", "72", "83.6", 1);
    private static final RankedResponse GLEN = ranked(2, "Glenmore Care", "62", "100", "60", "69.4", 2);

    @Test
    void anEvaluatedResponseIsToldTheWinnerTheCriteriaAndBothSetsOfScores() {
        String letter = WORDING.evaluated("Glenmore Care", GLEN, WINNER,
                Optional.of("midnight at the end of Tuesday 29 December 2026"));

        assertThat(letter).startsWith("Dear Glenmore Care,")
                .contains("Thank you for responding to \"Care at home, Strathspey\" (TND-1). We have decided to award"
                        + " the contract to Spey Support.")
                .contains("quality 70%, price 20%, fair work 10%")
                .contains("Spey Support (winner): quality 82.00, price 95.00, fair work 72.00, weighted total 83.60.")
                .contains("Your response: quality 62.00, price 100.00, fair work 60.00, weighted total 69.40;"
                        + " ranked 2.")
                .contains("The contract will not be concluded before the standstill period ends at midnight at the"
                        + " end of Tuesday 29 December 2026.")
                .contains("ask for further information on this decision within 30 days")
                .endsWith("Morag Fraser\n");
    }

    @Test
    void withoutStandstillTheLetterDoesNotMentionIt() {
        assertThat(WORDING.evaluated("Glenmore Care", GLEN, WINNER, Optional.empty())).doesNotContain("standstill");
    }

    @Test
    void aResponseNotScoredIsToldWhy() {
        String letter = WORDING.notEvaluated("Lowpay Ltd", "Spey Support",
                "it did not meet a mandatory fair-work requirement. Pay below the floor.");

        assertThat(letter).startsWith("Dear Lowpay Ltd,")
                .contains("award the contract to Spey Support")
                .contains("could not be scored against the award criteria (quality 70%, price 20%, fair work 10%)"
                        + " because: it did not meet a mandatory fair-work requirement. Pay below the floor.")
                .doesNotContain("weighted total");
    }

    private static RankedResponse ranked(long id, String name, String quality, String price, String fairWork,
            String total, int rank) {
        return new RankedResponse(id, "PRV-" + id, name, new BigDecimal("400000"), new BigDecimal("24.50"),
                new BigDecimal(quality),
                new BigDecimal(price), new BigDecimal(fairWork), new BigDecimal(total), rank);
    }
}
