package scot.commissioningflow.isf.access;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.isf.Caller;
import scot.commissioningflow.isf.CallerRole;
import scot.commissioningflow.isf.Forbidden;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;

/**
 * Who may see which ISF and who may act on it. A person sees their own, their legal representative sees it with
 * them, a provider sees the ISFs it has been chosen for or holds or held, and social workers and commissioners see
 * all. To anyone else an ISF does not exist: they get the same 404 as for a reference never issued, so references
 * cannot be probed. Seeing comes first; a caller who can see but may not act gets a 403 that says who may.
 */
@Component
public class IsfAccess {

    private final AgreementHistory agreements;

    IsfAccess(AgreementHistory agreements) {
        this.agreements = agreements;
    }

    public IndividualServiceFund visibleTo(IndividualServiceFund isf, Caller caller) {
        if (!canSee(isf, caller)) {
            throw Funds.notFound(isf.reference());
        }
        return isf;
    }

    public boolean canSee(IndividualServiceFund isf, Caller caller) {
        return canSee(isf, caller, caller.role() == CallerRole.PROVIDER
                ? agreements.providersOf(isf.id()) : List.of());
    }

    /** The rule itself, given the providers that ever had an agreement for the fund. */
    static boolean canSee(IndividualServiceFund isf, Caller caller, Collection<String> providersWithAgreements) {
        return switch (caller.role()) {
            case SOCIAL_WORKER, COMMISSIONER -> true;
            case PERSON -> isf.personUserId().equals(caller.user());
            case REPRESENTATIVE -> isf.representedBy(caller.user());
            case PROVIDER -> caller.organisation().equals(isf.chosenProviderReference())
                    || caller.organisation().equals(isf.currentProviderReference())
                    || providersWithAgreements.contains(caller.organisation());
        };
    }

    /** The person, their representative or a social worker: those who may direct the support. */
    public void requireDirecting(IndividualServiceFund isf, Caller caller, String action) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.PERSON, CallerRole.REPRESENTATIVE, CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only the person, their legal representative or their social worker can " + action
                    + ".");
        }
    }

    public void requireSocialWorker(IndividualServiceFund isf, Caller caller, String action) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only a social worker can " + action + ".");
        }
    }

    /** Only the provider the person chose answers whether it will hold the fund. */
    public void requireChosenProvider(IndividualServiceFund isf, Caller caller) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.PROVIDER) || !caller.organisation().equals(isf.chosenProviderReference())) {
            throw new Forbidden("Only the provider the person chose can accept or decline " + isf.reference() + ".");
        }
    }

    /** Statements of spend come from a provider; which months are its own is the ledger's check. */
    public void requireProvider(IndividualServiceFund isf, Caller caller) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.PROVIDER)) {
            throw new Forbidden("Only the provider holding the fund sends statements of spend.");
        }
    }
}
