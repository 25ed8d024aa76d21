package scot.commissioningflow.isf.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One month of the budget: what the provider may spend in it, and the hours that money was meant to buy. */
@Entity
@Table(name = "isf_budget_period")
class BudgetPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;
    private String contractReference;
    private String providerReference;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal budget;
    private BigDecimal budgetedHours;

    protected BudgetPeriod() {
    }

    BudgetPeriod(Long isfId, String contractReference, String providerReference, LocalDate periodStart,
            LocalDate periodEnd, BigDecimal budget, BigDecimal budgetedHours) {
        this.isfId = isfId;
        this.contractReference = contractReference;
        this.providerReference = providerReference;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.budget = budget;
        this.budgetedHours = budgetedHours;
    }

    void rebudget(BigDecimal budget, BigDecimal budgetedHours) {
        this.budget = budget;
        this.budgetedHours = budgetedHours;
    }

    Long isfId() {
        return isfId;
    }

    String contractReference() {
        return contractReference;
    }

    String providerReference() {
        return providerReference;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    BigDecimal budget() {
        return budget;
    }

    BigDecimal budgetedHours() {
        return budgetedHours;
    }
}
