package scot.commissioningflow.commissioning.directaward;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms the commissioner agreed with the existing provider, as the direct-award stage holds them. */
record DirectAwardTerms(String tenderReference, LocalDate contractStartDate, BigDecimal agreedHourlyRate,
        DeclaredFairWork declaredFairWork) {
}
