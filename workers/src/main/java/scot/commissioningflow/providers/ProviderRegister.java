package scot.commissioningflow.providers;

import java.util.List;

/** The provider register as other features see it, and the start of a provider's registration. */
public interface ProviderRegister {

    /** Starts the registration process; the provider appears in the register once the process has recorded it. */
    RegistrationStarted register(ProviderRegistration registration);

    ProviderView get(String reference);

    /** Every provider, by name; only those with this status when it is given. */
    List<ProviderView> list(ProviderStatus status);

    record RegistrationStarted(String reference, long processInstanceKey) {
    }
}
