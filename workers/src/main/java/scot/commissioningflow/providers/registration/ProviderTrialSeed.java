package scot.commissioningflow.providers.registration;

import java.util.Set;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.trial.TrialSeed;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegistration;

/**
 * A trial's providers: two Highland care-at-home providers register (the demo provider is already admitted), so their
 * registrations are checked against the trial's Care Inspectorate grades and wait for a procurement officer's review.
 */
@Component
class ProviderTrialSeed implements TrialSeed {

    private static final SignedInPerson DEMO_PROCUREMENT_OFFICER = new SignedInPerson("morag.procurement",
            "Morag Procurement", Set.of(Role.PROCUREMENT_OFFICER), "DEMO-HSCP", null);

    private final ProviderRegistrations registrations;

    ProviderTrialSeed(ProviderRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        registrations.register(new ProviderRegistration("Strathspey Home Support Ltd", OrganisationType.PRIVATE,
                true, "CS2099000002", "office@strathspey-home-support.example"), DEMO_PROCUREMENT_OFFICER);
        registrations.register(new ProviderRegistration("Badenoch Care Partnership", OrganisationType.THIRD_SECTOR,
                true, "CS2099000003", "hello@badenoch-care.example"), DEMO_PROCUREMENT_OFFICER);
    }
}
