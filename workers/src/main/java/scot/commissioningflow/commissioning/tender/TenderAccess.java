package scot.commissioningflow.commissioning.tender;

import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Who may act on which tender record, decided here for every stage of commissioning. The endpoint rules
 * ({@code CommissioningAccessRules}) let the roles in; these rules then look at the record: council staff act only on
 * tenders their own council is buying through, a provider user acts and reads only for their own provider, and no one
 * reads a response before the response deadline has passed.
 */
public final class TenderAccess {

    private TenderAccess() {
    }

    /** Whose records on a tender a person sees: all of them for the buyer's staff, its own for a provider user. */
    public record Reader(String provider) {

        /** True when a record belonging to this provider may be shown to the reader. */
        public boolean sees(String providerReference) {
            return provider == null || provider.equals(providerReference);
        }

        public boolean isProvider() {
            return provider != null;
        }
    }

    /** Council staff act on a tender only when their council is the buyer; everyone else is refused. */
    public static void requireBuyerStaff(SignedInPerson person, TenderView tender, String doing) {
        if (!person.worksFor(tender.buyerOrganisation())) {
            throw new Refused("Only staff of " + describe(tender.buyerOrganisation()) + ", the buyer of tender "
                    + tender.reference() + ", may " + doing + "; you sign in for " + describe(person.organisation())
                    + ".");
        }
    }

    /**
     * A provider user acts only for their own organisation: the provider named in a response, an interest, a question
     * or a challenge must be the one they sign in for.
     */
    public static void requireActsFor(SignedInPerson person, String providerReference, String doing) {
        if (!person.actsForProvider(providerReference)) {
            throw new Refused("Only a user of provider " + providerReference + " may " + doing + " for it; you sign"
                    + " in for " + describe(person.organisation()) + ".");
        }
    }

    /**
     * What a person may read on a tender: a provider user only its own records, the buyer's staff every record.
     * Anyone else is refused.
     */
    public static Reader reader(SignedInPerson person, TenderView tender, String reading) {
        if (person.has(Role.PROVIDER_USER)) {
            if (person.organisation() == null) {
                throw new Refused("Your sign-in names no provider, so there are no " + reading + " of yours on "
                        + tender.reference() + " to read.");
            }
            return new Reader(person.organisation());
        }
        requireBuyerStaff(person, tender, "read " + reading);
        return new Reader(null);
    }

    /** Responses stay sealed until the response deadline has passed, for everyone, the commissioner included. */
    public static void requireResponsesOpened(TenderView tender) {
        if (tender.status().responsesSealed()) {
            throw new Refused("Responses to " + tender.reference() + " are sealed until the response deadline"
                    + (tender.responseDeadline() == null ? "" : " (" + tender.responseDeadline() + ")")
                    + " has passed; no one, the commissioner included, can read them before then.");
        }
    }

    private static String describe(String organisation) {
        return organisation == null ? "no organisation" : organisation;
    }
}
