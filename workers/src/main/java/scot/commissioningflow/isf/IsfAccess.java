package scot.commissioningflow.isf;

import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Who may see which ISF. A person sees their own, their legal representative sees it with them, a provider sees
 * the ISFs it has been chosen for or holds, and social workers see all. To anyone else an ISF does not exist: they
 * get the same 404 as for a reference never issued, so references cannot be probed.
 */
@Component
class IsfAccess {

    private final IsfAgreementRepository agreements;

    IsfAccess(IsfAgreementRepository agreements) {
        this.agreements = agreements;
    }

    IndividualServiceFund visibleTo(IndividualServiceFund isf, Caller caller) {
        if (!canSee(isf, caller)) {
            throw notFound(isf.reference());
        }
        return isf;
    }

    boolean canSee(IndividualServiceFund isf, Caller caller) {
        return switch (caller.role()) {
            case SOCIAL_WORKER, COMMISSIONER -> true;
            case PERSON -> isf.personUserId().equals(caller.user());
            case REPRESENTATIVE -> isf.representedBy(caller.user());
            case PROVIDER -> caller.organisation().equals(isf.chosenProviderReference())
                    || caller.organisation().equals(isf.currentProviderReference())
                    || agreements.findByIsfIdOrderById(isf.id()).stream()
                            .anyMatch(a -> a.providerReference().equals(caller.organisation()));
        };
    }

    /** The person, their representative or a social worker: those who may direct the support. */
    void requireDirecting(IndividualServiceFund isf, Caller caller, String action) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.PERSON, CallerRole.REPRESENTATIVE, CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only the person, their legal representative or their social worker can " + action
                    + ".");
        }
    }

    void requireSocialWorker(IndividualServiceFund isf, Caller caller, String action) {
        visibleTo(isf, caller);
        if (!caller.is(CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only a social worker can " + action + ".");
        }
    }

    static NotFound notFound(String reference) {
        return new NotFound("There is no individual service fund " + reference + " that you can see.");
    }
}
