package scot.commissioningflow.commissioning.directaward;

import org.springframework.stereotype.Service;
import scot.commissioningflow.fairwork.PriceAssessment;
import scot.commissioningflow.fairwork.PriceSustainability;

/**
 * Before a s.12 direct award commits money: the provider's declaration is made the fair-work feature's record, and
 * the agreed hourly rate is held against the pay floor and on-costs in force on the start date.
 */
@Service
class DirectAwardChecks {

    private final PriceSustainability sustainability;

    DirectAwardChecks(PriceSustainability sustainability) {
        this.sustainability = sustainability;
    }

    /** @param attempt identifies this set of terms (the job's key), so each new set gets its own fair-work check */
    DirectAwardAssessment assess(DirectAwardTerms terms, long attempt) {
        PriceAssessment price = sustainability.assess(terms.agreedHourlyRate(), terms.contractStartDate());
        return new DirectAwardAssessment(terms.declaredFairWork().declaration(),
                terms.tenderReference() + "-S12-" + attempt, !price.abnormallyLow(), price.explanation());
    }
}
