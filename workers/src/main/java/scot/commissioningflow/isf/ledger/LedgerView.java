package scot.commissioningflow.isf.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The ISF ledger for the provider holding it: budget and spend for the months reported so far, the percentage spend
 * is over (positive) or under (negative) that budget, and the balance banked including anything carried over from
 * an earlier provider. Every month is listed; months not yet reported have no spend.
 */
public record LedgerView(String isfReference, String providerReference, BigDecimal budgetToDate,
        BigDecimal spentToDate, BigDecimal variancePercent, BigDecimal carriedOverBalance,
        BigDecimal carriedOverHours, BigDecimal bankedBalance, BigDecimal bankedHours, List<Month> months) {

    public record Month(LocalDate periodStart, LocalDate periodEnd, String providerReference, BigDecimal budget,
            BigDecimal budgetedHours, BigDecimal spent, BigDecimal hoursDelivered) {
    }
}
