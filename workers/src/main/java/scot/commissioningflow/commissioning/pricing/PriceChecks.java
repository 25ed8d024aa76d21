package scot.commissioningflow.commissioning.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import scot.commissioningflow.fairwork.PriceAssessment;
import scot.commissioningflow.fairwork.PriceSustainability;

/**
 * The one price check a commissioning route makes before money is committed without a regulated competition: a s.12
 * direct award's agreed rate and a quick quote's recommended rate are each held against the pay floor and on-costs in
 * force on the contract's start date.
 */
@Service
public class PriceChecks {

    private final PriceSustainability sustainability;

    PriceChecks(PriceSustainability sustainability) {
        this.sustainability = sustainability;
    }

    /** @throws scot.commissioningflow.fairwork.ReferenceDataNotHeld when the floor or an on-cost is not held */
    public PriceChecked check(BigDecimal hourlyRate, LocalDate contractStartDate) {
        PriceAssessment price = sustainability.assess(hourlyRate, contractStartDate);
        return new PriceChecked(!price.abnormallyLow(), price.explanation());
    }
}
