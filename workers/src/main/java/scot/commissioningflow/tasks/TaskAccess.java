package scot.commissioningflow.tasks;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Who may see and complete a task in the inbox, decided here only. A task assigned to a person (an evaluator's
 * scoring) is theirs alone; otherwise it belongs to whoever holds the role of its candidate group. A task for the
 * {@code providers} group also belongs to one provider: the one its {@code providerReference} variable names (the
 * provider offered an individual service fund), and no other provider's users see it.
 */
@Component
class TaskAccess {

    /** The candidate groups the process models name, and the role that takes their tasks. */
    static final Map<String, Role> CANDIDATE_GROUPS = Map.of(
            "commissioners", Role.COMMISSIONER,
            "evaluators", Role.EVALUATOR,
            "procurement-officers", Role.PROCUREMENT_OFFICER,
            "providers", Role.PROVIDER_USER,
            "social-workers", Role.SOCIAL_WORKER);

    /** The process variable naming the provider a provider task is for. */
    static final String PROVIDER_REFERENCE = "providerReference";

    /** Every role that takes some task: the inbox's endpoints are theirs. */
    static Set<Role> rolesTakingTasks() {
        return Set.copyOf(CANDIDATE_GROUPS.values());
    }

    boolean mayTake(SignedInPerson person, TaskView task) {
        if (task.assignee() != null) {
            return task.assignee().equals(person.username());
        }
        Role role = task.candidateGroup() == null ? null : CANDIDATE_GROUPS.get(task.candidateGroup());
        if (role == null || !person.has(role)) {
            return false;
        }
        return role != Role.PROVIDER_USER || person.actsForProvider(providerOf(task));
    }

    /** @throws Refused saying whose task it is, when it is not this person's */
    void requireMayTake(SignedInPerson person, TaskView task) {
        if (mayTake(person, task)) {
            return;
        }
        String which = "Task " + task.taskKey() + " (" + task.name() + ")";
        if (task.assignee() != null) {
            throw new Refused(which + " is assigned to another person; only they can see or complete it.");
        }
        if (task.candidateGroup() == null || !CANDIDATE_GROUPS.containsKey(task.candidateGroup())) {
            throw new Refused(which + " names no group anyone belongs to, so nobody can take it from the inbox.");
        }
        if (CANDIDATE_GROUPS.get(task.candidateGroup()) == Role.PROVIDER_USER && person.has(Role.PROVIDER_USER)) {
            throw new Refused(which + " is for another provider; only that provider's users can see or complete it.");
        }
        throw new Refused(which + " waits for " + task.candidateGroup().replace('-', ' ')
                + "; only they can see or complete it.");
    }

    private static String providerOf(TaskView task) {
        Object reference = task.variables() == null ? null : task.variables().get(PROVIDER_REFERENCE);
        return reference == null ? null : reference.toString();
    }
}
