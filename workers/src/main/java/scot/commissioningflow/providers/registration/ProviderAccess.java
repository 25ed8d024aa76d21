package scot.commissioningflow.providers.registration;

import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Who may read and register which provider, decided here only. Staff read the whole register; a provider user reads
 * and registers only their own organisation, whose reference their sign-in carries. Procurement staff register any
 * provider (one that applied on paper, say).
 */
@Component
class ProviderAccess {

    boolean mayRead(SignedInPerson person, String reference) {
        return !person.has(Role.PROVIDER_USER) || person.actsForProvider(reference);
    }

    /** @throws Refused when a provider user asks for another provider's entry */
    void requireMayRead(SignedInPerson person, String reference) {
        if (!mayRead(person, reference)) {
            throw new Refused("Provider " + reference + " is another organisation; a provider user reads only"
                    + " their own organisation's entry in the register.");
        }
    }

    /**
     * The reference the new registration is kept under: a provider user's own organisation, or null for procurement
     * staff, for whom a new one is made.
     *
     * @throws Refused when a provider user's sign-in names no organisation
     */
    String referenceFor(SignedInPerson person) {
        if (person.hasAny(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD)) {
            return null;
        }
        if (person.has(Role.PROVIDER_USER) && person.organisation() != null) {
            return person.organisation();
        }
        throw new Refused("Only a provider user, for their own organisation, or procurement staff can register a"
                + " provider.");
    }
}
