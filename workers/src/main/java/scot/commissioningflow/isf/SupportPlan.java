package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.util.List;
import scot.commissioningflow.isf.agreement.AgreementView;
import scot.commissioningflow.isf.fund.IsfView;
import scot.commissioningflow.isf.fund.Representative;
import scot.commissioningflow.isf.ledger.LedgerView;
import scot.commissioningflow.isf.review.ReviewView;

/**
 * The support plan as it travels with the person: to a new council area, or to whoever arranges another SDS option.
 * Everything the next team needs to carry on without assessing from scratch.
 */
public record SupportPlan(String isfReference, String personName, String councilName, List<String> outcomes,
        BigDecimal indicativeAnnualBudget, BigDecimal weeklyHours, IsfView.Choice choice,
        Representative representative, List<AgreementView> agreements, List<ReviewView> reviews, LedgerView ledger,
        String movedTo) {
}
