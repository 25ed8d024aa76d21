package scot.commissioningflow.fairwork.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.OnCostComponent;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.ReferenceDataNotHeld;
import scot.commissioningflow.fairwork.Treatment;
import scot.commissioningflow.fairwork.Wording;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.referencedata.NoFields;

/**
 * The fair work figures in force on a date: pay floors and rates, on-costs, criterion rules, the grant
 * self-declaration limit, and the seven criteria. A figure not held for the date is refused naming the date, never
 * answered with zero or a default: pay checked against a missing floor would pass anything.
 */
@Service
public class FairWorkFigures {

    private final PayRates rates;
    private final PayFloorRules floorRules;
    private final OnCostRates onCosts;
    private final CriterionRules criterionRules;
    private final GrantDeclarationLimits grantLimits;
    private final CriterionDefinitionRepository criteria;

    FairWorkFigures(PayRates rates, PayFloorRules floorRules, OnCostRates onCosts, CriterionRules criterionRules,
            GrantDeclarationLimits grantLimits, CriterionDefinitionRepository criteria) {
        this.rates = rates;
        this.floorRules = floorRules;
        this.onCosts = onCosts;
        this.criterionRules = criterionRules;
        this.grantLimits = grantLimits;
        this.criteria = criteria;
    }

    /**
     * The highest rate among the rules in force for this kind of work.
     *
     * @throws ReferenceDataNotHeld when no rule covers the date, or a rule's rate is not held for it
     */
    @Transactional(readOnly = true)
    public PayFloor floorOn(WorkType work, LocalDate date) {
        // Where two rates are equal, the one named first (the adult social care minimum) names the floor.
        List<PayFloorRule> inForce = floorRules.inForce(series -> series.workType() == work, date).stream()
                .sorted(Comparator.comparing(rule -> rule.view().rateKind())).toList();
        if (inForce.isEmpty()) {
            throw new ReferenceDataNotHeld("No pay floor rule for " + work.readableName() + " is held for "
                    + Wording.date(date) + ". Add the rule that applies on that date.");
        }
        return inForce.stream()
                .map(rule -> rateOn(rule.view().rateKind(), date))
                .map(rate -> new PayFloor(work, date, rate.hourlyRate(), rate.rateKind(), rate.effectiveFrom(),
                        rate.inferred()))
                .reduce((best, next) -> next.hourlyRate().compareTo(best.hourlyRate()) > 0 ? next : best)
                .orElseThrow();
    }

    /** @throws ReferenceDataNotHeld when no period of this rate covers the date: a missing rate is never zero */
    @Transactional(readOnly = true)
    public PayRateView rateOn(RateKind kind, LocalDate date) {
        return rates.inForce(new PayRate.Series(kind), date).map(PayRate::view)
                .orElseThrow(() -> new ReferenceDataNotHeld("No " + kind.readableName() + " hourly rate is held for "
                        + Wording.date(date) + ". Add the rate that applies on that date before checking pay"
                        + " against it."));
    }

    /** @throws ReferenceDataNotHeld when the on-cost is not held for the date */
    @Transactional(readOnly = true)
    public OnCostRateView onCostOn(OnCostComponent component, LocalDate date) {
        return onCosts.inForce(new OnCostRate.Series(component), date).map(OnCostRate::view)
                .orElseThrow(() -> new ReferenceDataNotHeld("No " + component.readableName() + " on-cost is held"
                        + " for " + Wording.date(date) + ". Add the percentage that applies on that date."));
    }

    /**
     * How each criterion counts in the context on the date.
     *
     * @throws ReferenceDataNotHeld naming the criteria no rule covers
     */
    @Transactional(readOnly = true)
    public Map<Criterion, Treatment> treatments(FairWorkContext context, LocalDate date) {
        Map<Criterion, Treatment> treatments = new EnumMap<>(Criterion.class);
        // Latest-starting rule first: it wins where an open rule was followed by a newer one.
        for (CriterionRule rule : criterionRules.inForce(series -> series.context() == context, date)) {
            CriterionRuleView view = rule.view();
            treatments.putIfAbsent(view.criterion(), view.treatment());
        }
        List<String> missing = criteria().stream().map(CriterionView::code)
                .filter(criterion -> !treatments.containsKey(criterion)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new ReferenceDataNotHeld("No rule says whether " + String.join(", ", missing) + " is mandatory or"
                    + " scored for " + context.phrase() + " on " + Wording.date(date) + ". Add the rules that apply"
                    + " on that date.");
        }
        return treatments;
    }

    /** The cumulative grant funding below which a self-declaration is enough, when a limit is held for the date. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> grantDeclarationLimit(LocalDate date) {
        return grantLimits.inForce(new NoFields(), date).map(GrantDeclarationLimit::fundingLimit);
    }

    /** The seven Fair Work First criteria in the handbook's order. */
    @Transactional(readOnly = true)
    public List<CriterionView> criteria() {
        return criteria.findAllByOrderByPosition().stream().map(CriterionDefinition::view).toList();
    }
}
