package scot.commissioningflow.isf.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.trial.TrialSeed;

/**
 * A trial's individual service fund: the demo social worker opens one for the demo supported person after an
 * assessment, and its process waits for her choice of provider, so both journeys can be walked from there.
 */
@Component
class IsfTrialSeed implements TrialSeed {

    private static final SignedInPerson DEMO_SOCIAL_WORKER = new SignedInPerson("sandra.socialworker",
            "Sandra Social Worker", Set.of(Role.SOCIAL_WORKER), "DEMO-HSCP", null);

    private final Funds funds;

    IsfTrialSeed(Funds funds) {
        this.funds = funds;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        funds.open(new NewIsf("Seònaid NicLeòid", "seonaid.person", "seonaid@example.scot",
                "Demo Health and Social Care Partnership", "Sandra Social Worker", "sandra.socialworker@example.scot",
                List.of("Get out to the Gaelic choir in Grantown every Tuesday",
                        "Stay in my own home with help in the mornings",
                        "Give my daughter a break at weekends"),
                new BigDecimal("18720.00"), new BigDecimal("12"), null, null), DEMO_SOCIAL_WORKER);
    }
}
