package scot.commissioningflow.tasks;

/** Filters for the inbox; a null filter matches everything. */
public record TaskQuery(TaskStatus status, String candidateGroup, String businessKey, Long processInstanceKey,
        String elementId, String assignee) {

    public static TaskQuery open() {
        return new TaskQuery(TaskStatus.OPEN, null, null, null, null, null);
    }

    public TaskQuery forBusinessKey(String key) {
        return new TaskQuery(status, candidateGroup, key, processInstanceKey, elementId, assignee);
    }

    public TaskQuery atElement(String id) {
        return new TaskQuery(status, candidateGroup, businessKey, processInstanceKey, id, assignee);
    }
}
