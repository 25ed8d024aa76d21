package scot.commissioningflow.monitoring;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the monitoring endpoints. Procurement staff see every monitored contract; a provider's users
 * only their own contracts' tier, reason, returns and outcomes (decided per record in the review package). Public so
 * that the review package's controller tests can load the rules their controllers are reached by.
 */
@Component
public class MonitoringAccessRules implements AccessRules {

    private static final Role[] STAFF = {Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD};
    private static final Role[] SEE = {Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.PROVIDER_USER};
    /** Complaints are recorded by the council's monitoring staff, and by administrators putting records right. */
    private static final Role[] COMPLAINTS = {Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.ADMINISTRATOR};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/api/monitoring/contracts", SEE),
                EndpointRule.allow(GET, "/api/monitoring/contracts/{reference}", SEE),
                EndpointRule.allow(POST, "/api/monitoring/contracts/{reference}/returns", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/monitoring/contracts/{reference}/outcomes", SEE),
                EndpointRule.allow(POST, "/api/monitoring/contracts/{reference}/complaints", COMPLAINTS),
                EndpointRule.allow(POST, "/api/monitoring/contracts/{reference}/complaints/{id}", COMPLAINTS),
                EndpointRule.allow(GET, "/api/monitoring/workload", STAFF),
                EndpointRule.allow(GET, "/monitoring", SEE),
                EndpointRule.allow(GET, "/monitoring/{contractReference}", SEE),
                EndpointRule.allow(POST, "/monitoring/{contractReference}/returns", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/monitoring/{contractReference}/complaints", STAFF));
    }
}
