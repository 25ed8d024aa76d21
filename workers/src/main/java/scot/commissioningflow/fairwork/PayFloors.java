package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pay floors and rates in force on a date, from the effective-dated reference data. */
@Service
public class PayFloors {

    private final PayRateRepository rates;
    private final PayFloorRuleRepository rules;

    PayFloors(PayRateRepository rates, PayFloorRuleRepository rules) {
        this.rates = rates;
        this.rules = rules;
    }

    /**
     * The highest rate among the rules in force for this kind of work; where two rates are equal the first rule
     * (the adult social care minimum for direct care) names the floor.
     *
     * @throws ReferenceDataNotHeld when no rule covers the date, or a rule's rate is not held for it
     */
    @Transactional(readOnly = true)
    public PayFloor floorOn(WorkType work, LocalDate date) {
        List<PayFloorRule> inForce = rules.inForce(work, date);
        if (inForce.isEmpty()) {
            throw new ReferenceDataNotHeld("No pay floor rule for " + work.readableName() + " is held for "
                    + Wording.date(date) + ". Add the rule that applies on that date.");
        }
        return inForce.stream()
                .map(rule -> rateOn(rule.rateKind(), date))
                .map(rate -> new PayFloor(work, date, rate.hourlyRate(), rate.rateKind(), rate.effectiveFrom(),
                        rate.inferred()))
                .reduce((best, next) -> next.hourlyRate().compareTo(best.hourlyRate()) > 0 ? next : best)
                .orElseThrow();
    }

    /** @throws ReferenceDataNotHeld when no period of this rate covers the date: a missing rate is never zero */
    @Transactional(readOnly = true)
    public PayRateView rateOn(RateKind kind, LocalDate date) {
        return rates.inForce(kind, date).stream().findFirst().map(PayRate::view)
                .orElseThrow(() -> new ReferenceDataNotHeld("No " + kind.readableName() + " hourly rate is held for "
                        + Wording.date(date) + ". Add the rate that applies on that date before checking pay"
                        + " against it."));
    }
}
