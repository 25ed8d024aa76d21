package scot.commissioningflow.commissioning.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The hourly rate about to be committed and the start date whose pay floor and on-costs it must carry. */
record PriceToCheck(BigDecimal hourlyRate, LocalDate contractStartDate) {
}
