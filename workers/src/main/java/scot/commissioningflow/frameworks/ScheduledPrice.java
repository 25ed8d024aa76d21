package scot.commissioningflow.frameworks;

import java.math.BigDecimal;
import scot.commissioningflow.referencedata.Period;

/**
 * One line of a member's price schedule in force: what the provider charges for a priced service on a lot, for a
 * period. Schedules are effective-dated reference data; a national pay uplift re-issues them from its date.
 *
 * @param pricedService what is priced, e.g. "Care at home: day hour", as the lot's schedule names it
 */
public record ScheduledPrice(String frameworkReference, int lotNumber, String providerReference,
        String pricedService, PriceUnit unit, BigDecimal rate, Period period) {
}
