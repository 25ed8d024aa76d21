package scot.commissioningflow.identity.signin;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

@Component
class SignInAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(EndpointRule.anyoneSignedIn(GET, "/api/me"));
    }
}
