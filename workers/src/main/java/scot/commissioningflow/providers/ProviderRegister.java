package scot.commissioningflow.providers;

import java.util.List;
import java.util.Optional;
import scot.commissioningflow.identity.SignedInPerson;

/** The provider register as other features see it, and the start of a provider's registration. */
public interface ProviderRegister {

    /**
     * Starts the registration process; the provider appears in the register once the process has recorded it. A
     * provider user registers their own organisation, under its reference; procurement staff register a provider
     * under a new one.
     */
    RegistrationStarted register(ProviderRegistration registration, SignedInPerson by);

    /** For features that have decided themselves who may see it. */
    ProviderView get(String reference);

    /** The same, empty for a reference outside the register (a grant partner, say) rather than refused. */
    Optional<ProviderView> find(String reference);

    /** Every provider, by name; only those with this status when it is given. */
    List<ProviderView> list(ProviderStatus status);

    /** One provider, as this person may read it: staff any, a provider user only their own organisation. */
    ProviderView getFor(SignedInPerson person, String reference);

    /** The register as this person may read it: staff all of it, a provider user their own organisation. */
    List<ProviderView> listFor(SignedInPerson person, ProviderStatus status);

    record RegistrationStarted(String reference, long processInstanceKey) {
    }
}
