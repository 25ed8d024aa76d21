package scot.commissioningflow.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A change to a live contract made by a signed variation document rather than a new contract. */
public record ContractVariation(String documentReference, LocalDate effectiveFrom, String reason,
        BigDecimal annualValue, BigDecimal hourlyRate) {
}
