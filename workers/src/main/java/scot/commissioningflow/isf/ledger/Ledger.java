package scot.commissioningflow.isf.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfPolicyInForce;
import scot.commissioningflow.isf.IsfPolicyView;
import scot.commissioningflow.isf.access.IsfAccess;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.review.ReviewRequests;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The ISF's money: the budget month by month, what the provider says it spent, what is banked (money or hours not
 * used, carried forward and across a change of provider), and a review when spend strays far from the budget.
 */
@Service
public class Ledger {

    static final int MONTHS_BUDGETED = 12;

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final BudgetPeriodRepository periods;
    private final NewBudgetPeriods newPeriods;
    private final SpendStatementRepository statements;
    private final Funds funds;
    private final IsfAccess access;
    private final AgreementHistory agreements;
    private final ReviewRequests reviews;
    private final IsfPolicyInForce policies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Ledger(BudgetPeriodRepository periods, NewBudgetPeriods newPeriods, SpendStatementRepository statements,
            Funds funds, IsfAccess access, AgreementHistory agreements, ReviewRequests reviews,
            IsfPolicyInForce policies, TransactionTemplate transaction, Clock clock) {
        this.periods = periods;
        this.newPeriods = newPeriods;
        this.statements = statements;
        this.funds = funds;
        this.access = access;
        this.agreements = agreements;
        this.reviews = reviews;
        this.policies = policies;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Counted once per delivery of a statement id; a repeat answers with the statement already counted. */
    public StatementView recordStatement(String reference, NewSpendStatement statement, SignedInPerson person) {
        try {
            return transaction.execute(status -> recordOnce(reference, statement, person));
        } catch (DataIntegrityViolationException concurrentDelivery) {
            // The same statement arrived twice at once; the other delivery stored it, so this one is the repeat.
            return transaction.execute(status -> recordOnce(reference, statement, person));
        }
    }

    @Transactional(readOnly = true)
    public LedgerView ledger(String reference, SignedInPerson person) {
        return current(access.visibleTo(funds.load(reference), person));
    }

    /** The ledger of the provider holding the fund now, from what was carried over to it. */
    @Transactional(readOnly = true)
    public LedgerView current(IndividualServiceFund isf) {
        return agreements.live(isf.id())
                .map(live -> view(isf, live.providerReference(), live.carriedOverBalance(), live.carriedOverHours()))
                .orElseGet(() -> view(isf, null, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /**
     * Budgets twelve months from the agreement's first day, replacing any months already budgeted from then. The
     * months go in as one batch, a single statement: saved one by one (their keys are the database's own, which
     * Hibernate cannot batch) they were twelve round trips while the fund was being put in place.
     */
    @Transactional
    public void budgetFrom(IndividualServiceFund isf, String contractReference, String providerReference,
            BigDecimal annualBudget, LocalDate firstDay) {
        periods.deleteAll(periods.findByIsfIdAndPeriodStartGreaterThanEqual(isf.id(), firstDay));
        periods.flush();
        List<BudgetPeriod> months = new ArrayList<>();
        for (int month = 0; month < MONTHS_BUDGETED; month++) {
            months.add(new BudgetPeriod(isf.id(), contractReference, providerReference, firstDay.plusMonths(month),
                    firstDay.plusMonths(month + 1L).minusDays(1), LedgerRules.monthly(annualBudget),
                    LedgerRules.monthlyHours(isf.weeklyHours())));
        }
        newPeriods.insert(months);
    }

    /** A variation: the months from its effective date run on the new budget. */
    @Transactional
    public void rebudgetFrom(IndividualServiceFund isf, LocalDate from, BigDecimal newAnnualBudget) {
        for (BudgetPeriod period : periods.findByIsfIdAndPeriodStartGreaterThanEqual(isf.id(), from)) {
            period.rebudget(LedgerRules.monthly(newAnnualBudget), period.budgetedHours());
        }
    }

    /** The first budget month starting after the day: where a change of budget can take effect cleanly. */
    @Transactional(readOnly = true)
    public LocalDate nextPeriodStart(IndividualServiceFund isf, LocalDate day) {
        return periods.findByIsfIdOrderByPeriodStart(isf.id()).stream().map(BudgetPeriod::periodStart)
                .filter(start -> start.isAfter(day)).findFirst().orElse(day.plusDays(1));
    }

    private StatementView recordOnce(String reference, NewSpendStatement statement, SignedInPerson person) {
        IndividualServiceFund isf = funds.load(reference);
        access.requireProvider(isf, person);
        String providerReference = person.organisation();
        var earlier = statements.findByProviderReferenceAndStatementId(providerReference, statement.statementId());
        if (earlier.isPresent()) {
            if (!earlier.get().isfId().equals(isf.id()) || !earlier.get().sameAs(statement)) {
                throw new Conflict("Statement " + statement.statementId() + " was already received with different "
                        + "details. Send a correction under a new statement id.");
            }
            log.info("Statement {} from {} delivered again; counted once", statement.statementId(), providerReference);
            return earlier.get().view(true);
        }
        BudgetPeriod period = periods.findByIsfIdAndPeriodStart(isf.id(), statement.periodStart())
                .orElseThrow(() -> new InvalidInput("periodStart", "periodStart " + statement.periodStart()
                        + " is not the first day of a budget month of " + isf.reference()));
        if (!period.providerReference().equals(providerReference)) {
            throw new InvalidInput("periodStart", "periodStart " + statement.periodStart()
                    + " is a month held by another provider");
        }
        SpendStatement saved = statements.saveAndFlush(new SpendStatement(isf.id(), providerReference, statement,
                person.username(), clock.instant()));
        log.info("Statement {} from {}: £{} and {} hours for the month from {}", statement.statementId(),
                providerReference, statement.amountSpent(), statement.hoursDelivered(), statement.periodStart());
        LedgerView spent = view(isf, providerReference, BigDecimal.ZERO, BigDecimal.ZERO);
        IsfPolicyView policy = policies.on(statement.periodStart());
        LedgerRules.reviewTrigger(spent.spentToDate(), spent.budgetToDate(), policy.overspendReviewPercent(),
                policy.underspendReviewPercent())
                .ifPresent(trigger -> reviews.askFor(isf, trigger.reason(), trigger.detail(), "ledger"));
        return saved.view(false);
    }

    /**
     * The ledger of the months one provider holds: budget and spend for months reported, and the balance banked,
     * starting from what was carried over to them.
     */
    @Transactional(readOnly = true)
    public LedgerView view(IndividualServiceFund isf, String providerReference, BigDecimal carriedOverBalance,
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
        return new LedgerView(isf.reference(), providerReference, budgetToDate, spentToDate,
                LedgerRules.variancePercent(spentToDate, budgetToDate), carriedOverBalance, carriedOverHours,
                carriedOverBalance.add(budgetToDate).subtract(spentToDate),
                carriedOverHours.add(hoursBudgeted).subtract(hoursDelivered), months);
    }

    private static BigDecimal sum(List<SpendStatement> statements, Function<SpendStatement, BigDecimal> amount) {
        return statements.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
