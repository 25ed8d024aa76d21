package scot.commissioningflow.fairwork;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Who reaches the fair work endpoints, decided from the work each role does:
 * <ul>
 * <li>Checks of a declaration and uplift reviews are the council's assessment of its providers: procurement staff
 * and commissioners run and read them. A provider does not run a check, even on its own declaration: a stored check
 * is found again by its key alone and names no provider, so letting providers run or read checks would let one read
 * another's result; a provider tests its price with the price sustainability sum and the published floors instead,
 * and its declaration is checked when it bids or accepts a fund.</li>
 * <li>The pay uplifts the register's live contracts need read the contracted rates of every provider: procurement
 * staff and commissioners only.</li>
 * <li>The price sustainability sum holds nothing but the figures asked about and the published floors: the staff who
 * set or check prices (a social worker costing a fund) and providers pricing a bid.</li>
 * <li>The pay floors, rates and criteria in force are published figures everyone works to: anyone signed in.</li>
 * </ul>
 */
@Component
class FairWorkAccessRules implements AccessRules {

    private static final Role[] ASSESSORS = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/fair-work/checks", ASSESSORS),
                EndpointRule.allow(GET, "/api/fair-work/checks/{checkKey}", ASSESSORS),
                EndpointRule.allow(GET, "/api/fair-work/uplifts", ASSESSORS),
                EndpointRule.allow(POST, "/api/fair-work/uplifts", ASSESSORS),
                EndpointRule.allow(POST, "/api/fair-work/uplift-reviews", ASSESSORS),
                EndpointRule.allow(GET, "/api/fair-work/uplift-reviews/{reviewKey}", ASSESSORS),
                EndpointRule.allow(POST, "/api/fair-work/price-sustainability", Role.COMMISSIONER,
                        Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.SOCIAL_WORKER, Role.PROVIDER_USER),
                EndpointRule.anyoneSignedIn(GET, "/api/fair-work/pay-floors/{workType}"),
                EndpointRule.anyoneSignedIn(GET, "/api/fair-work/rates/{rateKind}"),
                EndpointRule.anyoneSignedIn(GET, "/api/fair-work/criteria"));
    }
}
