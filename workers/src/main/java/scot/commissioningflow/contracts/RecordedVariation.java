package scot.commissioningflow.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A variation as the register keeps it: which signed document changed the contract, from when, why, and the value
 * and hourly rate it had before (null where the contract had none).
 */
public record RecordedVariation(String documentReference, LocalDate effectiveFrom, String reason,
        BigDecimal annualValueBefore, BigDecimal hourlyRateBefore) {
}
