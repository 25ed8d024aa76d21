package scot.commissioningflow.frameworks.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.agreement.LotSetUp.PricedServiceSetUp;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.trial.TrialSeed;

/**
 * A trial's framework: care at home in the demo partnership's area, set up by the demo procurement lead; its process
 * opens the first round of applications at once, so providers can apply.
 */
@Component
class FrameworkTrialSeed implements TrialSeed {

    private static final SignedInPerson DEMO_PROCUREMENT_LEAD = new SignedInPerson("morag.procurement",
            "Morag Procurement", Set.of(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD), "DEMO-HSCP", null);

    private final FrameworkAgreements frameworks;
    private final Clock clock;

    FrameworkTrialSeed(FrameworkAgreements frameworks, Clock clock) {
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        frameworks.setUp(new FrameworkSetUp("Care at home in Highland", "Demo Health and Social Care Partnership",
                "frameworks@demo-hscp.example.scot", today, today.plusYears(4).minusDays(1), null, 70, 30, 12, 28,
                List.of(new LotSetUp("Care at home", "Support Service", "Older people", List.of("Highland"), 4,
                        List.of(new PricedServiceSetUp("Care at home hour", PriceUnit.HOUR))))),
                DEMO_PROCUREMENT_LEAD);
    }
}
