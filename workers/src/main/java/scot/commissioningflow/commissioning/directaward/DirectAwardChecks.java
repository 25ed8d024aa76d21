package scot.commissioningflow.commissioning.directaward;

import org.springframework.stereotype.Service;
import scot.commissioningflow.commissioning.pricing.PriceChecked;
import scot.commissioningflow.commissioning.pricing.PriceChecks;

/**
 * Before a s.12 direct award commits money: the provider's declaration is made the fair-work feature's record, and
 * the agreed hourly rate is held against the pay floor and on-costs in force on the start date (the same check a
 * quick quote's recommended rate gets).
 */
@Service
class DirectAwardChecks {

    private final PriceChecks prices;

    DirectAwardChecks(PriceChecks prices) {
        this.prices = prices;
    }

    /** @param attempt identifies this set of terms (the job's key), so each new set gets its own fair-work check */
    DirectAwardAssessment assess(DirectAwardTerms terms, long attempt) {
        PriceChecked price = prices.check(terms.agreedHourlyRate(), terms.contractStartDate());
        return new DirectAwardAssessment(terms.declaredFairWork().declaration(),
                terms.tenderReference() + "-S12-" + attempt, price.priceSustainable(), price.priceExplanation());
    }
}
