package scot.commissioningflow.frameworks.brokerage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An offer with its place in the ranking once offers have closed; {@code chosenByPerson} marks the person's pick. */
public record OfferView(long id, String providerReference, String providerName, BigDecimal hourlyRate,
        LocalDate canStartOn, String howWeWouldHelp, Instant offeredAt, BigDecimal qualityScore,
        BigDecimal priceScore, BigDecimal totalScore, Integer rank, boolean chosenByPerson, String outcome) {
}
