package scot.commissioningflow.isf;

import java.util.Set;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/** The people who call the ISF API in tests, as their sign-in names them. */
final class Callers {

    /** The council the social worker and commissioner work for; every fund they open is its. */
    static final String COUNCIL = "MORAY-HSCP";

    private Callers() {
    }

    static SignedInPerson socialWorker() {
        return new SignedInPerson("sam.social", "Sam Social", Set.of(Role.SOCIAL_WORKER), COUNCIL, null);
    }

    static SignedInPerson commissioner() {
        return new SignedInPerson("chris.commissioner", "Chris Commissioner", Set.of(Role.COMMISSIONER), COUNCIL,
                null);
    }

    static SignedInPerson administrator() {
        return new SignedInPerson("ada.admin", "Ada Admin", Set.of(Role.ADMINISTRATOR), COUNCIL, null);
    }

    /** The supported person, whose username the social worker records on the fund. */
    static SignedInPerson person(String name) {
        return new SignedInPerson(username(name), name, Set.of(Role.SUPPORTED_PERSON), null, null);
    }

    /** An attorney or guardian the fund records by username. */
    static SignedInPerson representative(String userId) {
        return new SignedInPerson(userId, userId, Set.of(Role.REPRESENTATIVE), null, null);
    }

    static SignedInPerson provider(String providerReference) {
        return new SignedInPerson("pat.provider", "Pat Provider", Set.of(Role.PROVIDER_USER), providerReference,
                null);
    }

    static String username(String name) {
        return name.toLowerCase().replace(' ', '.');
    }
}
