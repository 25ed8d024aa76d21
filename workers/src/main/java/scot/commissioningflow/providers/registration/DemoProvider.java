package scot.commissioningflow.providers.registration;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegistration;

/**
 * With the demo accounts on, the demo provider user's organisation is in the register, admitted, so that a new user
 * trying the provider's journeys acts for a real provider. Off in production:
 * {@code commissioning.identity.demo-accounts}.
 */
@Component
@ConditionalOnProperty(name = "commissioning.identity.demo-accounts", havingValue = "true")
class DemoProvider {

    /** The organisation of the demo account pat.provider. */
    static final String REFERENCE = "PRV-DEMO0001";

    private static final Logger log = LoggerFactory.getLogger(DemoProvider.class);

    private final ProviderRepository providers;
    private final Clock clock;

    DemoProvider(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void createIfMissing() {
        if (providers.findByReference(REFERENCE).isPresent()) {
            return;
        }
        Provider demo = new Provider(REFERENCE, new ProviderRegistration("Demo Care Cooperative",
                OrganisationType.THIRD_SECTOR, true, "CS2099000001", "hello@demo-care.example"), 0L, clock.instant());
        demo.decide(true, "The demo organisation, admitted when the demo accounts were created.", "system:demo",
                clock.instant());
        providers.save(demo);
        log.info("Added the demo provider {} to the register", REFERENCE);
    }
}
