package scot.commissioningflow.frameworks.calloff;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Who reaches the call-off endpoints. Per record, {@link CallOffs} decides: the calling council's staff see a
 * call-off (others get a 404), an invited member sees only its own response and nobody reads another's before
 * responses close; only invited members respond (in the API or on the mini-competition pages, which show an invited
 * member nothing but its own invitation); only the council's commissioners award.
 */
@Component
class CallOffAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/call-offs", Role.COMMISSIONER),
                EndpointRule.allow(GET, "/api/call-offs/{reference}", Role.COMMISSIONER, Role.PROCUREMENT_OFFICER,
                        Role.PROCUREMENT_LEAD, Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/api/call-offs/{reference}/responses", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/api/call-offs/{reference}/award", Role.COMMISSIONER),
                EndpointRule.allow(POST, "/call-offs/{reference}/award", Role.COMMISSIONER),
                EndpointRule.allow(GET, MiniCompetitionPages.LIST, Role.PROVIDER_USER),
                EndpointRule.allow(GET, MiniCompetitionPages.LIST + "/{reference}", Role.PROVIDER_USER),
                EndpointRule.allow(POST, MiniCompetitionPages.LIST + "/{reference}/response", Role.PROVIDER_USER));
    }
}
