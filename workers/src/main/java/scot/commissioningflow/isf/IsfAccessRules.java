package scot.commissioningflow.isf;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the ISF endpoints. Which fund each person may see or act on (their own, their organisation's,
 * their council's) is decided per record in {@link scot.commissioningflow.isf.access.IsfAccess}.
 */
@Component
class IsfAccessRules implements AccessRules {

    /** Everyone who may see some ISF. */
    private static final Role[] SEE = {Role.SOCIAL_WORKER, Role.COMMISSIONER, Role.PROVIDER_USER,
        Role.SUPPORTED_PERSON, Role.REPRESENTATIVE};
    /** Those who direct the support: the person, their representative, their social worker. */
    private static final Role[] DIRECT = {Role.SUPPORTED_PERSON, Role.REPRESENTATIVE, Role.SOCIAL_WORKER};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/isfs", Role.SOCIAL_WORKER),
                EndpointRule.allow(GET, "/api/isfs", SEE),
                EndpointRule.allow(GET, "/api/isfs/{reference}", SEE),
                EndpointRule.allow(POST, "/api/isfs/{reference}/choice", DIRECT),
                EndpointRule.allow(POST, "/api/isfs/{reference}/provider-answer", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/api/isfs/{reference}/statements", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/isfs/{reference}/ledger", SEE),
                EndpointRule.allow(POST, "/api/isfs/{reference}/needs-changes", SEE),
                EndpointRule.allow(POST, "/api/isfs/{reference}/review-decision", Role.SOCIAL_WORKER),
                EndpointRule.allow(POST, "/api/isfs/{reference}/provider-change", DIRECT),
                EndpointRule.allow(POST, "/api/isfs/{reference}/ending", DIRECT),
                EndpointRule.allow(GET, "/api/isfs/{reference}/support-plan", SEE),
                // The pages (IsfPages) for those who direct the support: the person, their representative, their
                // social worker; which fund each sees is IsfAccess's rule, as for the API.
                EndpointRule.allow(GET, "/isfs", DIRECT),
                EndpointRule.allow(GET, "/isfs/{reference}", DIRECT),
                // The policy is the council's published rules, not anyone's personal record.
                EndpointRule.anyoneSignedIn(GET, "/api/isf-policies"),
                EndpointRule.allow(POST, "/api/isf-policies", Role.ADMINISTRATOR));
    }
}
