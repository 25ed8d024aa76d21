package scot.commissioningflow.fairwork.uplift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.fairwork.PayFloor;

/**
 * The contracts whose hourly rate cannot pay the pay floor taking effect on a date plus its on-costs, and the uplift
 * each needs, largest first.
 *
 * @param notPricedByTheHour contracts with no hourly rate, which someone must check another way
 */
public record UpliftReview(
        LocalDate effectiveFrom,
        PayFloor payFloor,
        BigDecimal leastSustainablePrice,
        int contractsChecked,
        List<UpliftNeeded> upliftsNeeded,
        List<String> notPricedByTheHour,
        String summary) {

    /**
     * @param upliftPerHour what brings the rate up to the least sustainable price
     * @param belowPayFloor whether the rate does not even cover the pay floor itself
     */
    public record UpliftNeeded(String contractReference, String provider, BigDecimal currentRate,
            BigDecimal upliftPerHour, BigDecimal upliftedRate, BigDecimal upliftPercentage, boolean belowPayFloor,
            String reason) {
    }
}
