package scot.commissioningflow.tasks;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * The inbox is for the roles whose groups the process models name (see {@link TaskAccess#CANDIDATE_GROUPS}); which
 * of the tasks a person may see or complete is decided per task by {@link TaskAccess}.
 */
@Component
class TaskAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        Role[] roles = TaskAccess.rolesTakingTasks().toArray(Role[]::new);
        return List.of(
                EndpointRule.allow(GET, "/api/tasks", roles),
                EndpointRule.allow(GET, "/api/tasks/{taskKey}", roles),
                EndpointRule.allow(GET, "/api/tasks/{taskKey}/form", roles),
                EndpointRule.allow(POST, "/api/tasks/{taskKey}/complete", roles),
                // The inbox's pages (InboxPages), which complete tasks through the endpoint above.
                EndpointRule.allow(GET, "/inbox", roles),
                EndpointRule.allow(GET, "/inbox/{taskKey}", roles));
    }
}
