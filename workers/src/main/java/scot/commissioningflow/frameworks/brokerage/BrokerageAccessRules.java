package scot.commissioningflow.frameworks.brokerage;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the brokerage endpoints. Which package each may see or act on (their own, their council's, one
 * their provider was sent) is decided per record in {@link PackageAccess}.
 */
@Component
class BrokerageAccessRules implements AccessRules {

    private static final Role[] SEE = {Role.SOCIAL_WORKER, Role.COMMISSIONER, Role.PROVIDER_USER,
        Role.SUPPORTED_PERSON, Role.REPRESENTATIVE};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/care-packages", Role.SOCIAL_WORKER),
                EndpointRule.allow(GET, "/api/care-packages", SEE),
                EndpointRule.allow(GET, "/api/care-packages/{reference}", SEE),
                EndpointRule.allow(POST, "/api/care-packages/{reference}/offers", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/care-packages/{reference}/offers", SEE),
                EndpointRule.allow(POST, "/api/care-packages/{reference}/award", Role.SOCIAL_WORKER),
                // The pages (BrokeragePages), with the same roles as the API they adapt.
                EndpointRule.allow(GET, "/care-packages", SEE),
                EndpointRule.allow(GET, "/care-packages/new", Role.SOCIAL_WORKER),
                EndpointRule.allow(POST, "/care-packages", Role.SOCIAL_WORKER),
                EndpointRule.allow(GET, "/care-packages/{reference}", SEE),
                EndpointRule.allow(POST, "/care-packages/{reference}/offers", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/care-packages/{reference}/award", Role.SOCIAL_WORKER));
    }
}
