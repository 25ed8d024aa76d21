package scot.commissioningflow.commissioning.evaluation;

import java.math.BigDecimal;

/**
 * One response's place in the ranking: each criterion scored out of 100, and the weighted total out of 100. The hourly
 * rate is the one the response priced at, whose sustainability a quick quote checks before its award is recorded.
 */
public record RankedResponse(long responseId, String providerReference, String providerName, BigDecimal totalPrice,
        BigDecimal hourlyRate, BigDecimal qualityScore, BigDecimal priceScore, BigDecimal fairWorkScore,
        BigDecimal totalScore, int rank) {
}
