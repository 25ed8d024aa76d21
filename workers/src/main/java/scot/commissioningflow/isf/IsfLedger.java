package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The ISF's money: the budget month by month, what the provider says it spent, what is banked (money or hours not
 * used, carried forward and across a change of provider), and whether spend has strayed far enough from the budget
 * for a review. Callers hold the transaction.
 */
@Component
class IsfLedger {

    static final int MONTHS_BUDGETED = 12;
    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal WEEKS_IN_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Logger log = LoggerFactory.getLogger(IsfLedger.class);

    private final BudgetPeriodRepository periods;
    private final SpendStatementRepository statements;
    private final IsfPolicies policies;
    private final Clock clock;

    IsfLedger(BudgetPeriodRepository periods, SpendStatementRepository statements, IsfPolicies policies,
            Clock clock) {
        this.periods = periods;
        this.statements = statements;
        this.policies = policies;
        this.clock = clock;
    }

    /** A statement received; a review reason when the spend to date has gone past the policy's thresholds. */
    record Receipt(StatementView statement, Optional<ReviewTrigger> reviewTrigger) {
    }

    record ReviewTrigger(ReviewReason reason, String detail) {
    }

    /** Budgets twelve months from the agreement's first day, replacing any months already budgeted from then. */
    void budgetFrom(IndividualServiceFund isf, IsfAgreement agreement, LocalDate firstDay) {
        periods.deleteAll(periods.findByIsfIdAndPeriodStartGreaterThanEqual(isf.id(), firstDay));
        periods.flush();
        for (int month = 0; month < MONTHS_BUDGETED; month++) {
            LocalDate start = firstDay.plusMonths(month);
            periods.save(new BudgetPeriod(isf.id(), agreement.contractReference(), agreement.providerReference(),
                    start, firstDay.plusMonths(month + 1L).minusDays(1), monthly(agreement.annualBudget()),
                    monthlyHours(isf.weeklyHours())));
        }
    }

    /** A variation: the months from its effective date run on the new budget. */
    void rebudgetFrom(IndividualServiceFund isf, LocalDate from, BigDecimal newAnnualBudget) {
        for (BudgetPeriod period : periods.findByIsfIdAndPeriodStartGreaterThanEqual(isf.id(), from)) {
            period.rebudget(monthly(newAnnualBudget), period.budgetedHours());
        }
    }

    /** The first budget month starting after the day: where a change of budget can take effect cleanly. */
    LocalDate nextPeriodStart(IndividualServiceFund isf, LocalDate day) {
        return periods.findByIsfIdOrderByPeriodStart(isf.id()).stream().map(BudgetPeriod::periodStart)
                .filter(start -> start.isAfter(day)).findFirst().orElse(day.plusDays(1));
    }

    Receipt record(IndividualServiceFund isf, String providerReference, NewSpendStatement statement,
            String submittedBy) {
        var earlier = statements.findByProviderReferenceAndStatementId(providerReference, statement.statementId());
        if (earlier.isPresent()) {
            if (!earlier.get().isfId().equals(isf.id()) || !earlier.get().sameAs(statement)) {
                throw new Conflict("Statement " + statement.statementId() + " was already received with different "
                        + "details. Send a correction under a new statement id.");
            }
            log.info("Statement {} from {} delivered again; counted once", statement.statementId(), providerReference);
            return new Receipt(earlier.get().view(true), Optional.empty());
        }
        BudgetPeriod period = periods.findByIsfIdAndPeriodStart(isf.id(), statement.periodStart())
                .orElseThrow(() -> new InvalidInput("periodStart", "periodStart " + statement.periodStart()
                        + " is not the first day of a budget month of " + isf.reference()));
        if (!period.providerReference().equals(providerReference)) {
            throw new InvalidInput("periodStart", "periodStart " + statement.periodStart()
                    + " is a month held by another provider");
        }
        SpendStatement saved = statements.saveAndFlush(new SpendStatement(isf.id(), providerReference, statement,
                submittedBy, clock.instant()));
        log.info("Statement {} from {}: £{} and {} hours for the month from {}", statement.statementId(),
                providerReference, statement.amountSpent(), statement.hoursDelivered(), statement.periodStart());
        return new Receipt(saved.view(false), reviewTrigger(isf, providerReference, statement.periodStart()));
    }

    private Optional<ReviewTrigger> reviewTrigger(IndividualServiceFund isf, String providerReference,
            LocalDate periodStart) {
        LedgerView ledger = view(isf, providerReference, BigDecimal.ZERO, BigDecimal.ZERO);
        if (ledger.budgetToDate().signum() == 0) {
            return Optional.empty();
        }
        IsfPolicy policy = policies.inForceOn(periodStart);
        BigDecimal variance = ledger.variancePercent();
        if (variance.compareTo(policy.overspendReviewPercent()) > 0) {
            return Optional.of(new ReviewTrigger(ReviewReason.OVERSPEND, "Spend to date is " + variance
                    + "% over the budget (£" + ledger.spentToDate() + " against £" + ledger.budgetToDate()
                    + "); a review is due above " + policy.overspendReviewPercent() + "%."));
        }
        if (variance.negate().compareTo(policy.underspendReviewPercent()) > 0) {
            return Optional.of(new ReviewTrigger(ReviewReason.UNDERSPEND, "Spend to date is " + variance.negate()
                    + "% under the budget (£" + ledger.spentToDate() + " against £" + ledger.budgetToDate()
                    + "); a review is due beyond " + policy.underspendReviewPercent() + "%."));
        }
        return Optional.empty();
    }

    /**
     * The ledger of the months one provider holds: budget and spend for months reported, and the balance banked,
     * starting from what was carried over to them.
     */
    LedgerView view(IndividualServiceFund isf, String providerReference, BigDecimal carriedOverBalance,
            BigDecimal carriedOverHours) {
        Map<LocalDate, List<SpendStatement>> spent = statements.findByIsfIdOrderByPeriodStartAscIdAsc(isf.id())
                .stream().collect(Collectors.groupingBy(SpendStatement::periodStart));
        List<LedgerView.Month> months = new ArrayList<>();
        BigDecimal budgetToDate = BigDecimal.ZERO;
        BigDecimal spentToDate = BigDecimal.ZERO;
        BigDecimal hoursBudgeted = BigDecimal.ZERO;
        BigDecimal hoursDelivered = BigDecimal.ZERO;
        for (BudgetPeriod period : periods.findByIsfIdOrderByPeriodStart(isf.id())) {
            List<SpendStatement> forMonth = spent.getOrDefault(period.periodStart(), List.of());
            BigDecimal amount = sum(forMonth, SpendStatement::amountSpent);
            BigDecimal hours = sum(forMonth, SpendStatement::hoursDelivered);
            months.add(new LedgerView.Month(period.periodStart(), period.periodEnd(), period.providerReference(),
                    period.budget(), period.budgetedHours(), forMonth.isEmpty() ? null : amount,
                    forMonth.isEmpty() ? null : hours));
            if (!forMonth.isEmpty() && period.providerReference().equals(providerReference)) {
                budgetToDate = budgetToDate.add(period.budget());
                spentToDate = spentToDate.add(amount);
                hoursBudgeted = hoursBudgeted.add(period.budgetedHours());
                hoursDelivered = hoursDelivered.add(hours);
            }
        }
        BigDecimal variance = budgetToDate.signum() == 0 ? BigDecimal.ZERO
                : spentToDate.subtract(budgetToDate).multiply(HUNDRED).divide(budgetToDate, 1, RoundingMode.HALF_UP);
        return new LedgerView(isf.reference(), providerReference, budgetToDate, spentToDate, variance,
                carriedOverBalance, carriedOverHours,
                carriedOverBalance.add(budgetToDate).subtract(spentToDate),
                carriedOverHours.add(hoursBudgeted).subtract(hoursDelivered), months);
    }

    private static BigDecimal monthly(BigDecimal annual) {
        return annual.divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal monthlyHours(BigDecimal weeklyHours) {
        return weeklyHours.multiply(WEEKS_IN_YEAR).divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<SpendStatement> statements, Function<SpendStatement, BigDecimal> amount) {
        return statements.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
