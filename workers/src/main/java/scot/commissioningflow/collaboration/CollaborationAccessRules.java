package scot.commissioningflow.collaboration;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the collaboration funding endpoints. The funder is a commissioner or procurement lead of the
 * organisation that opened the round; which application, grant or round each person may see or act on (their own
 * partnership's, their organisation's round, only applications a panel member declared no conflict in) is decided
 * per record in the capability services.
 */
@Component
public class CollaborationAccessRules implements AccessRules {

    private static final Role[] FUNDER = {Role.COMMISSIONER, Role.PROCUREMENT_LEAD};
    /** Everyone who may see some application: partners, the funder, the panel. */
    private static final Role[] SEE_APPLICATIONS = {Role.PROVIDER_USER, Role.COMMISSIONER, Role.PROCUREMENT_LEAD,
        Role.PANEL_MEMBER};
    private static final Role[] SEE_GRANTS = {Role.PROVIDER_USER, Role.COMMISSIONER, Role.PROCUREMENT_LEAD};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, "/api/collaboration/rounds", FUNDER),
                // A round is a published call for applications: anyone signed in may read it.
                EndpointRule.anyoneSignedIn(GET, "/api/collaboration/rounds"),
                EndpointRule.anyoneSignedIn(GET, "/api/collaboration/rounds/{reference}"),
                EndpointRule.allow(POST, "/api/collaboration/rounds/{reference}/applications", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/collaboration/rounds/{reference}/applications", SEE_APPLICATIONS),
                EndpointRule.allow(GET, "/api/collaboration/applications/{reference}", SEE_APPLICATIONS),
                EndpointRule.allow(POST, "/api/collaboration/applications/{reference}/confirmation",
                        Role.PROVIDER_USER),
                EndpointRule.allow(PUT, "/api/collaboration/applications/{reference}/partnership-agreement",
                        Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/collaboration/applications/{reference}/partnership-agreement",
                        SEE_APPLICATIONS),
                EndpointRule.allow(POST, "/api/collaboration/applications/{reference}/submission",
                        Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/collaboration/rounds/{reference}/panel", Role.PANEL_MEMBER),
                EndpointRule.allow(POST, "/api/collaboration/rounds/{reference}/conflicts", Role.PANEL_MEMBER),
                EndpointRule.allow(POST, "/api/collaboration/applications/{reference}/scores", Role.PANEL_MEMBER),
                EndpointRule.allow(POST, "/api/collaboration/rounds/{reference}/scoring-complete",
                        Role.PANEL_MEMBER),
                EndpointRule.allow(GET, "/api/collaboration/rounds/{reference}/marks", FUNDER),
                EndpointRule.allow(POST, "/api/collaboration/rounds/{reference}/moderation", FUNDER),
                EndpointRule.allow(GET, "/api/collaboration/grants/{reference}", SEE_GRANTS),
                EndpointRule.allow(POST, "/api/collaboration/grants/{reference}/milestones/{number}/report",
                        Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/api/collaboration/grants/{reference}/reports", SEE_GRANTS),
                // The pages (CollaborationPages), for the same people as the API they adapt.
                EndpointRule.allow(GET, "/collaboration", SEE_APPLICATIONS),
                // Before the round's own page, which would otherwise match "new" as a reference: rules match in order.
                EndpointRule.allow(GET, "/collaboration/rounds/new", FUNDER),
                EndpointRule.allow(GET, "/collaboration/rounds/{reference}", SEE_APPLICATIONS),
                EndpointRule.allow(POST, "/collaboration/rounds/{reference}/conflicts", Role.PANEL_MEMBER),
                EndpointRule.allow(GET, "/collaboration/applications/{reference}", SEE_APPLICATIONS),
                EndpointRule.allow(POST, "/collaboration/applications/{reference}/confirmation", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/collaboration/applications/{reference}/submission", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/collaboration/applications/{reference}/scores", Role.PANEL_MEMBER),
                EndpointRule.allow(POST, "/collaboration/rounds/{reference}/scoring-complete", Role.PANEL_MEMBER),
                // RoundPages, ApplicationPages, ModerationPages and GrantPages.
                EndpointRule.allow(POST, "/collaboration/rounds", FUNDER),
                EndpointRule.allow(GET, "/collaboration/rounds/{reference}/applications/new", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/collaboration/rounds/{reference}/applications", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/collaboration/applications/{reference}/partnership-agreement",
                        Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/collaboration/rounds/{reference}/moderation", FUNDER),
                EndpointRule.allow(POST, "/collaboration/rounds/{reference}/moderation", FUNDER),
                EndpointRule.allow(GET, "/collaboration/grants/{reference}", SEE_GRANTS),
                EndpointRule.allow(GET, "/collaboration/grants/{reference}/milestones/{number}/report",
                        Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/collaboration/grants/{reference}/milestones/{number}/report",
                        Role.PROVIDER_USER));
    }
}
