package scot.commissioningflow.isf;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.access.IsfAccess;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.isf.fund.IsfView;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.review.Reviews;

/** An ISF as a whole, read across its sub-capabilities, for whoever may see it. */
@Service
class IsfOverview {

    private final Funds funds;
    private final IsfAccess access;
    private final AgreementHistory agreements;
    private final Reviews reviews;
    private final Ledger ledger;

    IsfOverview(Funds funds, IsfAccess access, AgreementHistory agreements, Reviews reviews, Ledger ledger) {
        this.funds = funds;
        this.access = access;
        this.agreements = agreements;
        this.reviews = reviews;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    IsfView get(String reference, SignedInPerson person) {
        IndividualServiceFund isf = access.visibleTo(funds.load(reference), person);
        return isf.view(agreements.of(isf.id()));
    }

    @Transactional(readOnly = true)
    List<IsfView> visibleTo(SignedInPerson person) {
        return funds.candidatesFor(person).stream().filter(isf -> access.canSee(isf, person))
                .map(isf -> isf.view(agreements.of(isf.id()))).toList();
    }

    @Transactional(readOnly = true)
    SupportPlan supportPlan(String reference, SignedInPerson person) {
        IndividualServiceFund isf = access.visibleTo(funds.load(reference), person);
        IsfView view = isf.view(agreements.of(isf.id()));
        return new SupportPlan(isf.reference(), isf.personName(), isf.councilName(), isf.outcomes(),
                isf.indicativeAnnualBudget(), isf.weeklyHours(), view.choice(), view.representative(),
                view.agreements(), reviews.of(isf), ledger.current(isf),
                isf.status() == IsfStatus.CLOSED ? view.movedTo() : null);
    }
}
