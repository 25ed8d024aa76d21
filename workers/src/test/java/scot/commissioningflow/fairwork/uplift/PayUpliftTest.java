package scot.commissioningflow.fairwork.uplift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.SustainablePrice;
import scot.commissioningflow.fairwork.WorkType;

/** The uplift calculation on its own: a pure function of the contracts and the sustainable price. */
class PayUpliftTest {

    private static final PayFloor FLOOR_2026 = new PayFloor(WorkType.DIRECT_CARE, LocalDate.of(2026, 4, 1),
            new BigDecimal("13.45"), RateKind.ADULT_SOCIAL_CARE_MINIMUM, LocalDate.of(2026, 4, 1), true);
    private static final SustainablePrice SUSTAINABLE = new SustainablePrice(FLOOR_2026, List.of(),
            new BigDecimal("38.57"), new BigDecimal("18.64"));

    @Test
    void aRateExactlyAtTheSustainablePriceNeedsNoUpliftAndOnePennyUnderDoes() {
        UpliftReview review = PayUplift.review(List.of(
                new ContractRate("CON-AT", "Strathspey Support", new BigDecimal("18.64")),
                new ContractRate("CON-UNDER", "Glen Care", new BigDecimal("18.63"))), SUSTAINABLE);

        assertThat(review.upliftsNeeded()).extracting(UpliftReview.UpliftNeeded::contractReference)
                .containsExactly("CON-UNDER");
        UpliftReview.UpliftNeeded under = review.upliftsNeeded().getFirst();
        assertThat(under.upliftPerHour()).isEqualByComparingTo("0.01");
        assertThat(under.upliftedRate()).isEqualByComparingTo("18.64");
        assertThat(under.upliftPercentage()).isEqualByComparingTo("0.05");
        assertThat(under.belowPayFloor()).isFalse();
        assertThat(under.reason()).isEqualTo("The hourly rate of £18.63 is below the £18.64 needed to pay the adult"
                + " social care minimum of £13.45 that applies from 1 April 2026 plus on-costs of 38.57%: it needs an"
                + " uplift of £0.01 an hour (0.05%).");
    }

    @Test
    void theLargestUpliftComesFirstAndARateUnderThePayFloorIsSaidToBe() {
        UpliftReview review = PayUplift.review(List.of(
                new ContractRate("CON-A", "Alba Care", new BigDecimal("17.00")),
                new ContractRate("CON-B", "Braes Support", new BigDecimal("13.00")),
                new ContractRate("CON-C", "Clyde Homecare", new BigDecimal("20.00"))), SUSTAINABLE);

        assertThat(review.upliftsNeeded()).extracting(UpliftReview.UpliftNeeded::contractReference)
                .containsExactly("CON-B", "CON-A");
        assertThat(review.upliftsNeeded().getFirst().upliftPerHour()).isEqualByComparingTo("5.64");
        assertThat(review.upliftsNeeded().getFirst().belowPayFloor()).isTrue();
        assertThat(review.upliftsNeeded().getFirst().reason()).endsWith("It does not cover the pay floor itself.");
        assertThat(review.summary()).isEqualTo("Of 3 live contracts checked against the adult social care minimum of"
                + " £13.45 that applies from 1 April 2026, 2 need an uplift to reach £18.64 an hour.");
    }

    @Test
    void contractsNotPricedByTheHourAreListedToCheckAnotherWay() {
        UpliftReview review = PayUplift.review(List.of(
                new ContractRate("CON-BLOCK", "Lomond Care Home", null)), SUSTAINABLE);

        assertThat(review.upliftsNeeded()).isEmpty();
        assertThat(review.notPricedByTheHour()).containsExactly("CON-BLOCK");
        assertThat(review.summary()).isEqualTo("Of 1 live contract checked against the adult social care minimum of"
                + " £13.45 that applies from 1 April 2026, none needs an uplift. 1 not priced by the hour must be"
                + " checked another way.");
    }
}
