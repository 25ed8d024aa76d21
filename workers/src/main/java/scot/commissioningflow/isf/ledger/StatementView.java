package scot.commissioningflow.isf.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A spend statement as stored; {@code duplicate} is true when this delivery repeated one already counted. */
public record StatementView(String statementId, String providerReference, LocalDate periodStart,
        BigDecimal amountSpent, BigDecimal hoursDelivered, String notes, String submittedBy, Instant receivedAt,
        boolean duplicate) {
}
