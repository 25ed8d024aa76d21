package scot.commissioningflow.identity;

import java.util.Arrays;
import java.util.Set;

/**
 * The person behind a request, as sign-in established it. Controllers take it as a parameter; it is never read from
 * anything the caller can simply claim in a header or a body.
 *
 * @param username     the stable sign-in name, recorded as "who" in the audit trail and in process variables
 * @param displayName  the name shown to people
 * @param roles        what the person may do
 * @param organisation the provider reference of a provider user, or the council or partnership code of its staff;
 *                     null where none applies (a supported person)
 * @param represents   for a representative, the username of the supported person they act for; otherwise null
 */
public record SignedInPerson(String username, String displayName, Set<Role> roles, String organisation,
        String represents) {

    public SignedInPerson {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** True for a provider user whose organisation is this provider. */
    public boolean actsForProvider(String providerReference) {
        return has(Role.PROVIDER_USER) && organisation != null && organisation.equals(providerReference);
    }

    /** True for council or partnership staff of this organisation. */
    public boolean worksFor(String organisationCode) {
        return !has(Role.PROVIDER_USER) && organisation != null && organisation.equals(organisationCode);
    }

    /** True for the person themselves or their recorded representative. */
    public boolean isOrRepresents(String personUsername) {
        return personUsername != null && (personUsername.equals(username)
                || has(Role.REPRESENTATIVE) && personUsername.equals(represents));
    }
}
