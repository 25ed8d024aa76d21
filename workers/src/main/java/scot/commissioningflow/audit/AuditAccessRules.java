package scot.commissioningflow.audit;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/** The trail names people and what they decided: administrators and procurement staff read it. */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(EndpointRule.allow(GET, "/api/audit", Role.ADMINISTRATOR, Role.PROCUREMENT_OFFICER,
                Role.PROCUREMENT_LEAD));
    }
}
