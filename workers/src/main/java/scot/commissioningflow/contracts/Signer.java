package scot.commissioningflow.contracts;

/**
 * Who may sign for a party, as sign-in knows them: a named person (or the representative recorded for them), any user
 * of a provider organisation, or the commissioning staff of a council. The same parties, and the buying council's
 * staff, may read the document.
 *
 * @param party                  which kind of party signs
 * @param organisation           the provider reference, or the council or partnership code; null for a person
 * @param username               the person's sign-in name; null for an organisation
 * @param representativeUsername the sign-in name of the attorney or guardian recorded for the person, or null
 */
public record Signer(Party party, String organisation, String username, String representativeUsername) {

    public enum Party {
        PERSON, PROVIDER, COUNCIL
    }

    public Signer {
        boolean named = party == Party.PERSON ? username != null && !username.isBlank()
                : organisation != null && !organisation.isBlank();
        if (party == null || !named) {
            throw new IllegalArgumentException("A signer names a person's username or an organisation: " + party);
        }
    }

    public static Signer person(String username, String representativeUsername) {
        return new Signer(Party.PERSON, null, username, representativeUsername);
    }

    public static Signer provider(String providerReference) {
        return new Signer(Party.PROVIDER, providerReference, null, null);
    }

    public static Signer council(String councilCode) {
        return new Signer(Party.COUNCIL, councilCode, null, null);
    }
}
