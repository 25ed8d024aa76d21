package scot.commissioningflow.referencedata;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Reading: council and partnership staff, whose work the figures set (floors, thresholds, deadlines); the change
 * history names the staff who made each change, so providers, supported people and representatives read the figures
 * that concern them through their features instead (a provider the pay floors under {@code /api/fair-work}).
 * Changing: the roles some dataset names as its keepers; which dataset each may change is decided by the dataset
 * itself ({@link ReferenceDataset#owners()}).
 */
@Component
class ReferenceDataAccessRules implements AccessRules {

    static final Role[] STAFF = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.EVALUATOR,
            Role.PANEL_MEMBER, Role.SOCIAL_WORKER, Role.PROGRAMME_ANALYST, Role.ADMINISTRATOR};

    private final Role[] keepers;

    ReferenceDataAccessRules(List<ReferenceDataset<?, ?, ?, ?>> datasets) {
        this.keepers = datasets.stream().flatMap(dataset -> dataset.owners().stream()).distinct()
                .toArray(Role[]::new);
    }

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/api/reference-data", STAFF),
                EndpointRule.allow(GET, "/api/reference-data/{dataset}", STAFF),
                EndpointRule.allow(GET, "/api/reference-data/{dataset}/changes", STAFF),
                EndpointRule.allow(POST, "/api/reference-data/{dataset}", keepers),
                EndpointRule.allow(POST, "/api/reference-data/{dataset}/{id}/changes", keepers),
                EndpointRule.allow(POST, "/api/reference-data/{dataset}/{id}/end", keepers),
                // The pages (ReferenceDataPages) for those who keep some dataset; which one is the dataset's rule.
                EndpointRule.allow(GET, "/reference-data", keepers),
                EndpointRule.allow(GET, "/reference-data/{dataset}", keepers),
                EndpointRule.allow(POST, "/reference-data/{dataset}", keepers));
    }
}
