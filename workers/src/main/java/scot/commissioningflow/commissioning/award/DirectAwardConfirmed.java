package scot.commissioningflow.commissioning.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A direct award: the terms the commissioner agreed with the existing provider (direct-award form). */
record DirectAwardConfirmed(String tenderReference, BigDecimal agreedPrice, BigDecimal agreedHourlyRate,
        String awardRationale, String awardDecidedBy, LocalDate decidedOn) {
}
