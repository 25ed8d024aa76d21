package scot.commissioningflow.frameworks;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * The national body runs its frameworks through its procurement staff: a procurement lead sets one up for their own
 * organisation and re-issues schedules for a pay uplift; its procurement officers and leads reopen it, suspend and
 * reinstate members; only a lead removes one. Each of those is refused to staff of any other organisation (the
 * services check the organisation). Provider users apply for their own organisation and read their own applications
 * and prices. The frameworks, lots and members are public procurement facts: every member of staff who buys from
 * them, and provider users, read them.
 */
@Component
class FrameworkAccessRules implements AccessRules {

    private static final Role[] READERS = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD,
            Role.SOCIAL_WORKER, Role.PROGRAMME_ANALYST, Role.ADMINISTRATOR, Role.PROVIDER_USER};
    private static final Role[] MANAGERS = {Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER};
    private static final String FRAMEWORK = "/api/frameworks/{reference}";

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/frameworks", Role.PROCUREMENT_LEAD),
                EndpointRule.allow(GET, "/api/frameworks", READERS),
                EndpointRule.allow(GET, FRAMEWORK, READERS),
                EndpointRule.allow(POST, FRAMEWORK + "/reopening", MANAGERS),
                EndpointRule.allow(POST, FRAMEWORK + "/applications", Role.PROVIDER_USER),
                EndpointRule.allow(GET, FRAMEWORK + "/applications", Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER,
                        Role.PROVIDER_USER),
                EndpointRule.allow(GET, FRAMEWORK + "/lots/{lotNumber}/members", READERS),
                EndpointRule.allow(GET, FRAMEWORK + "/lots/{lotNumber}/members/{providerReference}/prices",
                        Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.SOCIAL_WORKER,
                        Role.ADMINISTRATOR, Role.PROVIDER_USER),
                EndpointRule.allow(POST, FRAMEWORK + "/members/{providerReference}/suspension", MANAGERS),
                EndpointRule.allow(POST, FRAMEWORK + "/members/{providerReference}/reinstatement", MANAGERS),
                EndpointRule.allow(POST, FRAMEWORK + "/members/{providerReference}/removal", Role.PROCUREMENT_LEAD),
                EndpointRule.allow(POST, FRAMEWORK + "/uplifts", Role.PROCUREMENT_LEAD));
    }
}
