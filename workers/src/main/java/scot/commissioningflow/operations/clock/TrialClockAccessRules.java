package scot.commissioningflow.operations.clock;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static scot.commissioningflow.identity.Role.ADMINISTRATOR;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

/** Moving a trial's time changes every running process's deadlines: administrators only. */
@Component
class TrialClockAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/api/trial/clock", ADMINISTRATOR),
                EndpointRule.allow(POST, "/api/trial/clock", ADMINISTRATOR),
                EndpointRule.allow(GET, "/trial/clock", ADMINISTRATOR),
                EndpointRule.allow(POST, "/trial/clock", ADMINISTRATOR));
    }
}
