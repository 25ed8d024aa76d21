package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.AuditTrail.Snapshot;
import scot.commissioningflow.fairwork.ReferenceDataRequests.CriterionRuleChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.GrantDeclarationLimitChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewGrantDeclarationLimit;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewPayFloorRule;
import scot.commissioningflow.fairwork.ReferenceDataRequests.PayFloorRuleChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewCriterionRule;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewOnCostRate;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewPayRate;
import scot.commissioningflow.fairwork.ReferenceDataRequests.OnCostRateChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.PayRateChange;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Adds and changes the fair work reference figures. Periods of the same figure never overlap: adding a period after
 * an open one ends the open one the day before, and anything else that would overlap is refused. Every change is
 * written to the audit trail.
 */
@Service
class ReferenceData {

    static final String PAY_RATES = "pay-rates";
    static final String ON_COST_RATES = "on-cost-rates";
    static final String CRITERION_RULES = "criterion-rules";
    static final String PAY_FLOOR_RULES = "pay-floor-rules";
    static final String GRANT_DECLARATION_LIMITS = "grant-declaration-limits";

    private static final String GRANT_LIMIT_NAME = "The grant self-declaration limit";

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final PayRateRepository payRates;
    private final OnCostRateRepository onCosts;
    private final CriterionRuleRepository criterionRules;
    private final PayFloorRuleRepository floorRules;
    private final GrantDeclarationLimitRepository grantLimits;
    private final CriterionDefinitionRepository criteria;
    private final ReferenceChangeRepository changes;
    private final AuditTrail audit;

    ReferenceData(PayRateRepository payRates, OnCostRateRepository onCosts, CriterionRuleRepository criterionRules,
            PayFloorRuleRepository floorRules, GrantDeclarationLimitRepository grantLimits,
            CriterionDefinitionRepository criteria, ReferenceChangeRepository changes, AuditTrail audit) {
        this.payRates = payRates;
        this.onCosts = onCosts;
        this.criterionRules = criterionRules;
        this.floorRules = floorRules;
        this.grantLimits = grantLimits;
        this.criteria = criteria;
        this.changes = changes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<PayRateView> payRates() {
        return payRates.findAllByOrderByRateKindAscPeriodEffectiveFromAsc().stream().map(PayRate::view).toList();
    }

    @Transactional
    PayRateView addPayRate(NewPayRate request, String by) {
        Period period = period(request.effectiveFrom(), request.effectiveTo());
        String what = "The " + request.rateKind().readableName() + " rate";
        makeRoom(payRates.findByRateKind(request.rateKind()), period, what, PAY_RATES, by);
        PayRate rate = payRates.save(new PayRate(request.rateKind(), period, request.hourlyRate(), request.inferred(),
                request.sourceNote()));
        audit.created(PAY_RATES, rate.id(), snapshot(rate), by, request.reason());
        log.info("{} added {} {} by {}", what, Wording.money(request.hourlyRate()), period, by);
        return rate.view();
    }

    @Transactional
    PayRateView changePayRate(long id, PayRateChange change, String by) {
        PayRate rate = payRates.findById(id)
                .orElseThrow(() -> new NotFound("There is no pay rate " + id + " in the reference data."));
        Period period = period(change.effectiveFrom(), change.effectiveTo());
        refuseOverlap(payRates.findByRateKind(rate.rateKind()), id, period,
                "The " + rate.rateKind().readableName() + " rate");
        Snapshot before = snapshot(rate);
        rate.change(period, change.hourlyRate(), change.inferred(), change.sourceNote());
        audit.changed(PAY_RATES, id, before, snapshot(rate), by, change.reason());
        return rate.view();
    }

    @Transactional(readOnly = true)
    List<OnCostRateView> onCostRates() {
        return onCosts.findAllByOrderByComponentAscPeriodEffectiveFromAsc().stream().map(OnCostRate::view).toList();
    }

    @Transactional
    OnCostRateView addOnCostRate(NewOnCostRate request, String by) {
        Period period = period(request.effectiveFrom(), request.effectiveTo());
        String what = "The " + request.component().readableName() + " on-cost";
        makeRoom(onCosts.findByComponent(request.component()), period, what, ON_COST_RATES, by);
        OnCostRate rate = onCosts.save(new OnCostRate(request.component(), period, request.percentage(),
                request.inferred(), request.sourceNote()));
        audit.created(ON_COST_RATES, rate.id(), snapshot(rate), by, request.reason());
        return rate.view();
    }

    @Transactional
    OnCostRateView changeOnCostRate(long id, OnCostRateChange change, String by) {
        OnCostRate rate = onCosts.findById(id)
                .orElseThrow(() -> new NotFound("There is no on-cost rate " + id + " in the reference data."));
        Period period = period(change.effectiveFrom(), change.effectiveTo());
        refuseOverlap(onCosts.findByComponent(rate.component()), id, period,
                "The " + rate.component().readableName() + " on-cost");
        Snapshot before = snapshot(rate);
        rate.change(period, change.percentage(), change.inferred(), change.sourceNote());
        audit.changed(ON_COST_RATES, id, before, snapshot(rate), by, change.reason());
        return rate.view();
    }

    @Transactional(readOnly = true)
    List<CriterionRuleView> criterionRules() {
        return criterionRules.findAllByOrderByContextAscCriterionCodeAscPeriodEffectiveFromAsc().stream()
                .map(CriterionRule::view).toList();
    }

    @Transactional
    CriterionRuleView addCriterionRule(NewCriterionRule request, String by) {
        Period period = period(request.effectiveFrom(), request.effectiveTo());
        String what = "The rule for " + request.criterion() + " in " + request.context().phrase();
        makeRoom(criterionRules.findByCriterionCodeAndContext(request.criterion(), request.context()), period, what,
                CRITERION_RULES, by);
        CriterionRule rule = criterionRules.save(new CriterionRule(request.criterion(), request.context(),
                request.treatment(), period, request.sourceNote()));
        audit.created(CRITERION_RULES, rule.id(), snapshot(rule), by, request.reason());
        return rule.view();
    }

    @Transactional
    CriterionRuleView changeCriterionRule(long id, CriterionRuleChange change, String by) {
        CriterionRule rule = criterionRules.findById(id)
                .orElseThrow(() -> new NotFound("There is no criterion rule " + id + " in the reference data."));
        Period period = period(change.effectiveFrom(), change.effectiveTo());
        refuseOverlap(criterionRules.findByCriterionCodeAndContext(rule.criterion(), rule.context()), id, period,
                "The rule for " + rule.criterion() + " in " + rule.context().phrase());
        Snapshot before = snapshot(rule);
        rule.change(change.treatment(), period, change.sourceNote());
        audit.changed(CRITERION_RULES, id, before, snapshot(rule), by, change.reason());
        return rule.view();
    }

    @Transactional(readOnly = true)
    List<CriterionView> criteria() {
        return criteria.findAllByOrderByPosition().stream().map(CriterionDefinition::view).toList();
    }

    @Transactional(readOnly = true)
    List<PayFloorRuleView> payFloorRules() {
        return floorRules.findAllByOrderByWorkTypeAscRateKindAscPeriodEffectiveFromAsc().stream()
                .map(PayFloorRule::view).toList();
    }

    @Transactional
    PayFloorRuleView addPayFloorRule(NewPayFloorRule request, String by) {
        Period period = period(request.effectiveFrom(), request.effectiveTo());
        makeRoom(floorRules.findByWorkTypeAndRateKind(request.workType(), request.rateKind()), period,
                floorRuleName(request.workType(), request.rateKind()), PAY_FLOOR_RULES, by);
        PayFloorRule rule = floorRules.save(new PayFloorRule(request.workType(), request.rateKind(), period,
                request.sourceNote()));
        audit.created(PAY_FLOOR_RULES, rule.id(), snapshot(rule), by, request.reason());
        return rule.view();
    }

    @Transactional
    PayFloorRuleView changePayFloorRule(long id, PayFloorRuleChange change, String by) {
        PayFloorRule rule = floorRules.findById(id)
                .orElseThrow(() -> new NotFound("There is no pay floor rule " + id + " in the reference data."));
        Period period = period(change.effectiveFrom(), change.effectiveTo());
        refuseOverlap(floorRules.findByWorkTypeAndRateKind(rule.workType(), rule.rateKind()), id, period,
                floorRuleName(rule.workType(), rule.rateKind()));
        Snapshot before = snapshot(rule);
        rule.change(period, change.sourceNote());
        audit.changed(PAY_FLOOR_RULES, id, before, snapshot(rule), by, change.reason());
        return rule.view();
    }

    @Transactional(readOnly = true)
    List<GrantDeclarationLimitView> grantDeclarationLimits() {
        return grantLimits.findAllByOrderByPeriodEffectiveFromAsc().stream().map(GrantDeclarationLimit::view)
                .toList();
    }

    @Transactional
    GrantDeclarationLimitView addGrantDeclarationLimit(NewGrantDeclarationLimit request, String by) {
        Period period = period(request.effectiveFrom(), request.effectiveTo());
        makeRoom(grantLimits.findAll(), period, GRANT_LIMIT_NAME, GRANT_DECLARATION_LIMITS, by);
        GrantDeclarationLimit limit = grantLimits.save(new GrantDeclarationLimit(period, request.fundingLimit(),
                request.sourceNote()));
        audit.created(GRANT_DECLARATION_LIMITS, limit.id(), snapshot(limit), by, request.reason());
        return limit.view();
    }

    @Transactional
    GrantDeclarationLimitView changeGrantDeclarationLimit(long id, GrantDeclarationLimitChange change, String by) {
        GrantDeclarationLimit limit = grantLimits.findById(id).orElseThrow(() -> new NotFound(
                "There is no grant self-declaration limit " + id + " in the reference data."));
        Period period = period(change.effectiveFrom(), change.effectiveTo());
        refuseOverlap(grantLimits.findAll(), id, period, GRANT_LIMIT_NAME);
        Snapshot before = snapshot(limit);
        limit.change(period, change.fundingLimit(), change.sourceNote());
        audit.changed(GRANT_DECLARATION_LIMITS, id, before, snapshot(limit), by, change.reason());
        return limit.view();
    }

    private static String floorRuleName(WorkType workType, RateKind rateKind) {
        return "The rule that the " + rateKind.readableName() + " sets the floor for " + workType.readableName();
    }

    @Transactional(readOnly = true)
    List<ReferenceChangeView> changes(String dataSet, Long recordId) {
        return changes.search(dataSet, recordId).stream().map(ReferenceChange::view).toList();
    }

    private static Period period(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new InvalidInput("effectiveTo", "effectiveTo must not be before effectiveFrom");
        }
        return new Period(from, to);
    }

    /** An open period that began earlier ends the day before the new one, so the new figure takes over. */
    private void makeRoom(List<? extends EffectiveDated> existing, Period period, String what, String dataSet,
            String by) {
        for (EffectiveDated figure : existing) {
            Period current = figure.period();
            if (current.effectiveTo() == null && current.effectiveFrom().isBefore(period.effectiveFrom())) {
                figure.endOn(period.effectiveFrom().minusDays(1));
                audit.changed(dataSet, figure.id(), new Snapshot().with("effectiveTo", null),
                        new Snapshot().with("effectiveTo", figure.period().effectiveTo()), by,
                        "Ended the day before a new period beginning " + Wording.date(period.effectiveFrom()) + ".");
            }
        }
        refuseOverlap(existing, null, period, what);
    }

    private static void refuseOverlap(List<? extends EffectiveDated> existing, Long self, Period period,
            String what) {
        for (EffectiveDated figure : existing) {
            if (!figure.id().equals(self) && figure.period().overlaps(period)) {
                throw new Conflict(what + " " + Wording.period(period) + " would overlap the one held "
                        + Wording.period(figure.period()) + ". Change or end that period first.");
            }
        }
    }

    private static Snapshot snapshot(PayRate rate) {
        return new Snapshot().with("rateKind", rate.rateKind()).with("effectiveFrom", rate.period().effectiveFrom())
                .with("effectiveTo", rate.period().effectiveTo()).with("hourlyRate", rate.hourlyRate())
                .with("inferred", rate.inferred()).with("sourceNote", rate.sourceNote());
    }

    private static Snapshot snapshot(OnCostRate rate) {
        OnCostRateView view = rate.view();
        return new Snapshot().with("component", view.component()).with("effectiveFrom", view.effectiveFrom())
                .with("effectiveTo", view.effectiveTo()).with("percentage", view.percentage())
                .with("inferred", view.inferred()).with("sourceNote", view.sourceNote());
    }

    private static Snapshot snapshot(PayFloorRule rule) {
        return new Snapshot().with("workType", rule.workType()).with("rateKind", rule.rateKind())
                .with("effectiveFrom", rule.period().effectiveFrom()).with("effectiveTo", rule.period().effectiveTo())
                .with("sourceNote", rule.sourceNote());
    }

    private static Snapshot snapshot(GrantDeclarationLimit limit) {
        return new Snapshot().with("effectiveFrom", limit.period().effectiveFrom())
                .with("effectiveTo", limit.period().effectiveTo()).with("fundingLimit", limit.fundingLimit())
                .with("sourceNote", limit.sourceNote());
    }

    private static Snapshot snapshot(CriterionRule rule) {
        return new Snapshot().with("criterion", rule.criterion()).with("context", rule.context())
                .with("treatment", rule.treatment()).with("effectiveFrom", rule.period().effectiveFrom())
                .with("effectiveTo", rule.period().effectiveTo()).with("sourceNote", rule.sourceNote());
    }
}
