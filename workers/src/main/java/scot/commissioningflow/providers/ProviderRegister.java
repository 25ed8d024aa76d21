package scot.commissioningflow.providers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.NotFound;

/** The provider register as other features see it, and the start of a provider's registration. */
@Service
public class ProviderRegister {

    static final String REGISTRATION_PROCESS = "provider-registration";

    private final ProviderRepository providers;
    private final ProcessEngine engine;

    ProviderRegister(ProviderRepository providers, ProcessEngine engine) {
        this.providers = providers;
        this.engine = engine;
    }

    /** Starts the registration process; the provider appears in the register once the process has recorded it. */
    public RegistrationStarted register(ProviderRegistration registration) {
        String reference = "PRV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long key = engine.start(REGISTRATION_PROCESS, reference, Map.of(
                "providerReference", reference,
                "providerName", registration.name(),
                "organisationType", registration.organisationType().name(),
                "sme", registration.sme(),
                "careInspectorateNumber", registration.careInspectorateNumber(),
                "contactEmail", registration.contactEmail()));
        return new RegistrationStarted(reference, key);
    }

    @Transactional(readOnly = true)
    public ProviderView get(String reference) {
        return providers.findByReference(reference).map(Provider::view)
                .orElseThrow(() -> new NotFound("There is no provider with reference " + reference + "."));
    }

    @Transactional(readOnly = true)
    public List<ProviderView> list(ProviderStatus status) {
        return (status == null ? providers.findAllByOrderByName() : providers.findByStatusOrderByName(status))
                .stream().map(Provider::view).toList();
    }

    public record RegistrationStarted(String reference, long processInstanceKey) {
    }
}
