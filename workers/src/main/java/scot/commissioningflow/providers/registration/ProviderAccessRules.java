package scot.commissioningflow.providers.registration;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Registering: a provider user for their own organisation, or procurement staff. Reading: the staff who choose,
 * contract with or monitor providers (a social worker helps a person choose one for their fund), and a provider user
 * for their own organisation ({@link ProviderAccess}). The register holds contact details and review notes, so
 * supported people and the public see providers through the features that offer them instead. Admission is decided
 * by a procurement officer in the task inbox.
 */
@Component
class ProviderAccessRules implements AccessRules {

    private static final Role[] READERS = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD,
            Role.EVALUATOR, Role.SOCIAL_WORKER, Role.PROGRAMME_ANALYST, Role.ADMINISTRATOR, Role.PROVIDER_USER};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/providers", Role.PROVIDER_USER, Role.PROCUREMENT_OFFICER,
                        Role.PROCUREMENT_LEAD),
                EndpointRule.allow(GET, "/api/providers", READERS),
                EndpointRule.allow(GET, "/api/providers/{reference}", READERS));
    }
}
