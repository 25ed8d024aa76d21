package scot.commissioningflow.operations.resumption;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Resumptions name records of every feature: the people who keep the product running (administrators) and the
 * procurement officers who watch over its processes, as for incidents.
 */
@Component
class ResumptionAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(EndpointRule.allow(GET, "/api/resumptions", Role.ADMINISTRATOR, Role.PROCUREMENT_OFFICER));
    }
}
