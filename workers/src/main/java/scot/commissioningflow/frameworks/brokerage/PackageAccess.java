package scot.commissioningflow.frameworks.brokerage;

import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Who may see and act on a care package, the one place these rules live. The person sees their own, their
 * representative with them; the social workers and commissioners of the council that posted it see it; a provider
 * sees a package it was invited to offer for, and only its own offer. To anyone else a package does not exist: the
 * same 404 as a reference never issued.
 */
final class PackageAccess {

    private PackageAccess() {
    }

    static boolean canSee(CarePackage p, SignedInPerson person, boolean invited) {
        return isCouncilStaff(p, person) || isThePersonOrRepresentative(p, person)
                || invited && person.has(Role.PROVIDER_USER);
    }

    static void requireSee(CarePackage p, SignedInPerson person, boolean invited) {
        if (!canSee(p, person, invited)) {
            throw notFound(p.reference());
        }
    }

    /** Offers, before the window closes, are the provider's own business; after it, the person and council see them. */
    static boolean seesAllOffers(CarePackage p, SignedInPerson person) {
        return p.status() != CarePackageStatus.OPEN_FOR_OFFERS
                && (isCouncilStaff(p, person) || isThePersonOrRepresentative(p, person));
    }

    static void requireSocialWorker(CarePackage p, SignedInPerson person, boolean invited, String action) {
        requireSee(p, person, invited);
        if (!(person.has(Role.SOCIAL_WORKER) && person.worksFor(p.councilCode()))) {
            throw new Refused("Only a social worker of the council that posted the package can " + action + ".");
        }
    }

    static boolean isCouncilStaff(CarePackage p, SignedInPerson person) {
        return person.hasAny(Role.SOCIAL_WORKER, Role.COMMISSIONER) && person.worksFor(p.councilCode());
    }

    static boolean isThePersonOrRepresentative(CarePackage p, SignedInPerson person) {
        return person.has(Role.SUPPORTED_PERSON) && person.username().equals(p.personUserId())
                || person.has(Role.REPRESENTATIVE) && (p.personUserId().equals(person.represents())
                        || person.username().equals(p.representativeUserId()));
    }

    static NotFound notFound(String reference) {
        return new NotFound("There is no care package " + reference + " that you can see.");
    }
}
