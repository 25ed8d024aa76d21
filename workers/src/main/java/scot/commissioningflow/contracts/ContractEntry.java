package scot.commissioningflow.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the register holds it. {@code hourlyRate} is the rate paid for an hour of direct care, the figure
 * pay-floor uplifts are checked against; null where the contract is not priced by the hour.
 */
public record ContractEntry(
        String reference,
        ContractKind kind,
        String title,
        String providerReference,
        String providerName,
        String commissioner,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal annualValue,
        BigDecimal hourlyRate,
        List<ContractedOutcome> outcomes,
        String documentReference) {
}
