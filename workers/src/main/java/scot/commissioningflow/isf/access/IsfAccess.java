package scot.commissioningflow.isf.access;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;

/**
 * Who may see which ISF and who may act on it, the one place these rules live. The supported person sees their own
 * (matched by their username), their representative sees it with them (the representative their sign-in says they act
 * for, or the one the ISF records), a provider's users see the ISFs their organisation has been chosen for or holds
 * or held, and the social workers and commissioners of the council that opened it see it. To anyone else an ISF does
 * not exist: they get the same 404 as for a reference never issued, so references cannot be probed. Seeing comes
 * first; a person who can see but may not act is refused with a sentence that says who may.
 */
@Component
public class IsfAccess {

    private final AgreementHistory agreements;

    IsfAccess(AgreementHistory agreements) {
        this.agreements = agreements;
    }

    public IndividualServiceFund visibleTo(IndividualServiceFund isf, SignedInPerson person) {
        if (!canSee(isf, person)) {
            throw Funds.notFound(isf.reference());
        }
        return isf;
    }

    public boolean canSee(IndividualServiceFund isf, SignedInPerson person) {
        return canSee(isf, person, person.has(Role.PROVIDER_USER) ? agreements.providersOf(isf.id()) : List.of());
    }

    /** The rule itself, given the providers that ever had an agreement for the fund. */
    static boolean canSee(IndividualServiceFund isf, SignedInPerson person,
            Collection<String> providersWithAgreements) {
        return isCouncilStaff(isf, person) || isThePersonOrRepresentative(isf, person)
                || person.has(Role.PROVIDER_USER) && person.organisation() != null
                && (person.organisation().equals(isf.chosenProviderReference())
                        || person.organisation().equals(isf.currentProviderReference())
                        || providersWithAgreements.contains(person.organisation()));
    }

    /** The person, their representative or their council's social worker: those who may direct the support. */
    public void requireDirecting(IndividualServiceFund isf, SignedInPerson person, String action) {
        visibleTo(isf, person);
        if (!isThePersonOrRepresentative(isf, person) && !isSocialWorker(isf, person)) {
            throw new Refused("Only the person, their legal representative or their social worker can " + action
                    + ".");
        }
    }

    public void requireSocialWorker(IndividualServiceFund isf, SignedInPerson person, String action) {
        visibleTo(isf, person);
        if (!isSocialWorker(isf, person)) {
            throw new Refused("Only a social worker can " + action + ".");
        }
    }

    /** Only the provider the person chose answers whether it will hold the fund. */
    public void requireChosenProvider(IndividualServiceFund isf, SignedInPerson person) {
        visibleTo(isf, person);
        if (!person.actsForProvider(isf.chosenProviderReference())) {
            throw new Refused("Only the provider the person chose can accept or decline " + isf.reference() + ".");
        }
    }

    /** Statements of spend come from a provider's users; which months are its own is the ledger's check. */
    public void requireProvider(IndividualServiceFund isf, SignedInPerson person) {
        visibleTo(isf, person);
        if (!person.has(Role.PROVIDER_USER)) {
            throw new Refused("Only the provider holding the fund sends statements of spend.");
        }
    }

    private static boolean isCouncilStaff(IndividualServiceFund isf, SignedInPerson person) {
        return person.hasAny(Role.SOCIAL_WORKER, Role.COMMISSIONER) && person.worksFor(isf.councilCode());
    }

    private static boolean isSocialWorker(IndividualServiceFund isf, SignedInPerson person) {
        return person.has(Role.SOCIAL_WORKER) && person.worksFor(isf.councilCode());
    }

    private static boolean isThePersonOrRepresentative(IndividualServiceFund isf, SignedInPerson person) {
        return person.has(Role.SUPPORTED_PERSON) && person.username().equals(isf.personUserId())
                || person.has(Role.REPRESENTATIVE) && (isf.personUserId().equals(person.represents())
                        || isf.representedBy(person.username()));
    }
}
