package scot.commissioningflow.providers.inspection;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Importing the datastore replaces every service's grades, which decide who may be admitted to a framework and be
 * offered work: the administrator (who keeps the product's reference data) and procurement leads (the national
 * body's, who run frameworks) import it, and the audit trail names them. Reading: the data is published open data,
 * so everyone signed in who works with providers reads it, and provider users read it too (their own grades and
 * others' are public anyway); supported people meet services through the features that offer them.
 */
@Component
class InspectionAccessRules implements AccessRules {

    private static final Role[] IMPORTERS = {Role.ADMINISTRATOR, Role.PROCUREMENT_LEAD};
    private static final Role[] READERS = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD,
            Role.EVALUATOR, Role.SOCIAL_WORKER, Role.PROGRAMME_ANALYST, Role.ADMINISTRATOR, Role.PROVIDER_USER};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/care-services/imports", IMPORTERS),
                EndpointRule.allow(POST, "/api/care-services/imports/datastore", IMPORTERS),
                EndpointRule.allow(GET, "/api/care-services/imports", IMPORTERS),
                EndpointRule.allow(GET, "/api/care-services/{serviceNumber}", READERS),
                EndpointRule.allow(GET, "/api/care-services", READERS));
    }
}
