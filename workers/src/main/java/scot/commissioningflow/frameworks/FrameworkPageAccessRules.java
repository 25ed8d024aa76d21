package scot.commissioningflow.frameworks;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the frameworks' and call-offs' pages: the same as the API each page adapts. Whose framework may be
 * changed, and which call-off each person sees, the services decide per record. One class for the pages of three
 * sub-capabilities, so that a literal path ({@code /frameworks/new}, {@code /frameworks/memberships}) always comes
 * before the pattern that would also match it; public for the page tests of each.
 */
@Component
public class FrameworkPageAccessRules implements AccessRules {

    /** Those who work with frameworks from the portal: who buys from them, who runs them, who is a member. */
    private static final Role[] READERS = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD,
        Role.PROVIDER_USER};
    private static final Role[] MANAGERS = {Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/frameworks", READERS),
                EndpointRule.allow(GET, "/frameworks/new", Role.PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/frameworks", Role.PROCUREMENT_LEAD),
                EndpointRule.allow(GET, "/frameworks/memberships", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/frameworks/{reference}", READERS),
                EndpointRule.allow(POST, "/frameworks/{reference}/members/{providerReference}/suspension", MANAGERS),
                EndpointRule.allow(POST, "/frameworks/{reference}/members/{providerReference}/reinstatement",
                        MANAGERS),
                EndpointRule.allow(GET, "/call-offs/new", Role.COMMISSIONER),
                EndpointRule.allow(POST, "/call-offs", Role.COMMISSIONER),
                EndpointRule.allow(GET, "/call-offs/{reference}", READERS));
    }
}
