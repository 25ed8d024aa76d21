package scot.commissioningflow.commissioning.models;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static scot.commissioningflow.identity.Role.COMMISSIONER;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

/**
 * Commissioners model tenders: they alone check, deploy and start tenders on their own models, in the API and on the
 * modeler pages. A started tender is then followed as any other, by its buyer's staff.
 */
@Component
class TenderModelAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/api/tender-models", COMMISSIONER),
                EndpointRule.allow(POST, "/api/tender-models", COMMISSIONER),
                EndpointRule.allow(POST, "/api/tender-models/checks", COMMISSIONER),
                EndpointRule.allow(GET, "/api/tender-models/element-templates", COMMISSIONER),
                EndpointRule.allow(POST, "/api/tender-models/{processId}/tenders", COMMISSIONER),
                EndpointRule.allow(GET, "/tender-models", COMMISSIONER),
                EndpointRule.allow(POST, "/tender-models", COMMISSIONER),
                EndpointRule.allow(GET, "/tender-models/modeler", COMMISSIONER),
                EndpointRule.allow(GET, "/tender-models/{processId}/tenders/new", COMMISSIONER),
                EndpointRule.allow(POST, "/tender-models/{processId}/tenders", COMMISSIONER));
    }
}
