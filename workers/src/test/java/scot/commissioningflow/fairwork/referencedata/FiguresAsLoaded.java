package scot.commissioningflow.fairwork.referencedata;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.Treatment;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.referencedata.Period;

/**
 * The fair work figures the migrations load (V2_1), held in memory, so that rule tests run without Spring or a
 * database. Only the figures the check reads: pay rates outside London, floor rules, criteria and their rules, and
 * the grant self-declaration limit.
 */
public final class FiguresAsLoaded {

    private FiguresAsLoaded() {
    }

    public static FairWorkFigures figures() {
        List<PayRate> rates = List.of(
                rate(RateKind.ADULT_SOCIAL_CARE_MINIMUM, "2023-04-01", "2024-03-31", "10.90", false),
                rate(RateKind.ADULT_SOCIAL_CARE_MINIMUM, "2024-04-01", "2025-03-31", "12.00", false),
                rate(RateKind.ADULT_SOCIAL_CARE_MINIMUM, "2025-04-01", "2026-03-31", "12.60", true),
                rate(RateKind.ADULT_SOCIAL_CARE_MINIMUM, "2026-04-01", null, "13.45", true),
                rate(RateKind.REAL_LIVING_WAGE_UK, "2022-05-15", "2023-05-13", "9.90", true),
                rate(RateKind.REAL_LIVING_WAGE_UK, "2023-05-14", "2024-04-30", "10.90", true),
                rate(RateKind.REAL_LIVING_WAGE_UK, "2024-05-01", "2025-04-30", "12.00", false),
                rate(RateKind.REAL_LIVING_WAGE_UK, "2025-05-01", "2026-04-30", "12.60", false),
                rate(RateKind.REAL_LIVING_WAGE_UK, "2026-05-01", null, "13.45", false));
        List<PayFloorRule> floorRules = List.of(
                floorRule(WorkType.DIRECT_CARE, RateKind.ADULT_SOCIAL_CARE_MINIMUM, "2023-04-01"),
                floorRule(WorkType.DIRECT_CARE, RateKind.REAL_LIVING_WAGE_UK, "2022-05-15"),
                floorRule(WorkType.SLEEPOVER, RateKind.REAL_LIVING_WAGE_UK, "2022-05-15"));
        List<CriterionRule> criterionRules = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Treatment always = criterion == Criterion.REAL_LIVING_WAGE ? Treatment.MANDATORY : Treatment.SCORED;
            for (FairWorkContext context : List.of(FairWorkContext.TENDER, FairWorkContext.FRAMEWORK_ADMISSION,
                    FairWorkContext.ISF)) {
                criterionRules.add(criterionRule(criterion, context, always, "2019-01-01", null));
            }
            criterionRules.add(criterionRule(criterion, FairWorkContext.GRANT, Treatment.SCORED, "2019-01-01",
                    "2023-06-30"));
            boolean mandatoryForGrants = criterion == Criterion.REAL_LIVING_WAGE
                    || criterion == Criterion.EFFECTIVE_VOICE;
            criterionRules.add(criterionRule(criterion, FairWorkContext.GRANT,
                    mandatoryForGrants ? Treatment.MANDATORY : Treatment.SCORED, "2023-07-01", null));
        }
        List<GrantDeclarationLimit> limits = List.of(new GrantDeclarationLimit(period("2023-07-01", null),
                new GrantDeclarationLimit.Figures(new BigDecimal("100000.00")), "Fair Work First guidance"));
        List<CriterionDefinition> criteria = List.of(
                criterion(Criterion.REAL_LIVING_WAGE, 1, "Payment of at least the real Living Wage"),
                criterion(Criterion.EFFECTIVE_VOICE, 2, "Effective voice for workers"),
                criterion(Criterion.WORKFORCE_DEVELOPMENT, 3, "Investment in workforce development"),
                criterion(Criterion.NO_INAPPROPRIATE_ZERO_HOURS, 4, "No inappropriate use of zero-hours contracts"),
                criterion(Criterion.GENDER_PAY_GAP, 5, "Action on the gender pay gap and diversity"),
                criterion(Criterion.FLEXIBLE_WORKING, 6, "Flexible and family-friendly working from day one"),
                criterion(Criterion.NO_FIRE_AND_REHIRE, 7, "No fire and rehire"));

        return new FairWorkFigures(
                new PayRates() {
                    @Override
                    public List<PayRate> all() {
                        return rates;
                    }
                },
                new PayFloorRules() {
                    @Override
                    public List<PayFloorRule> all() {
                        return floorRules;
                    }
                },
                new OnCostRates() {
                    @Override
                    public List<OnCostRate> all() {
                        return List.of();
                    }
                },
                new CriterionRules() {
                    @Override
                    public List<CriterionRule> all() {
                        return criterionRules;
                    }
                },
                new GrantDeclarationLimits() {
                    @Override
                    public List<GrantDeclarationLimit> all() {
                        return limits;
                    }
                },
                (CriterionDefinitionRepository) Proxy.newProxyInstance(FiguresAsLoaded.class.getClassLoader(),
                        new Class<?>[] {CriterionDefinitionRepository.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("findAllByOrderByPosition")) {
                                return criteria;
                            }
                            throw new UnsupportedOperationException(method.getName());
                        }));
    }

    private static PayRate rate(RateKind kind, String from, String to, String hourly, boolean inferred) {
        return new PayRate(new PayRate.Series(kind), period(from, to),
                new PayRate.Figures(new BigDecimal(hourly), inferred), "as loaded");
    }

    private static PayFloorRule floorRule(WorkType work, RateKind kind, String from) {
        return new PayFloorRule(new PayFloorRule.Series(work, kind), period(from, null), "as loaded");
    }

    private static CriterionRule criterionRule(Criterion criterion, FairWorkContext context, Treatment treatment,
            String from, String to) {
        return new CriterionRule(new CriterionRule.Series(criterion, context), period(from, to),
                new CriterionRule.Figures(treatment), "as loaded");
    }

    private static CriterionDefinition criterion(Criterion code, int position, String name) {
        return new CriterionDefinition(code, position, name, name);
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
