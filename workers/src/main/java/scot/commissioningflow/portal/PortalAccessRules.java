package scot.commissioningflow.portal;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

/** The home page is for everyone signed in: it lists only what their roles start. */
@Component
class PortalAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(EndpointRule.anyoneSignedIn(GET, "/"));
    }
}
