package scot.commissioningflow.operations.incidents;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Incidents name records of every feature and restart their processes: the people who keep the product running
 * (administrators) and the procurement officers who watch over its processes.
 */
@Component
class IncidentAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(EndpointRule.allow(GET, "/api/incidents", Role.ADMINISTRATOR, Role.PROCUREMENT_OFFICER),
                EndpointRule.allow(POST, "/api/incidents/{key}/retry", Role.ADMINISTRATOR,
                        Role.PROCUREMENT_OFFICER));
    }
}
