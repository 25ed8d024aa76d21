package scot.commissioningflow.tasks;

import java.util.Map;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * A person completed a task through the generic inbox: published in the transaction that records it, so that the
 * feature whose decision it is (a provider's admission, a pay uplift) can keep it in the audit trail under the
 * signed-in person, and the completion is undone if that fails.
 *
 * @param by         who completed it
 * @param task       the task as it was completed
 * @param submission the form's fields as submitted
 */
public record TaskCompletedInInbox(SignedInPerson by, TaskView task, Map<String, Object> submission) {

    public boolean isAt(String bpmnProcessId, String elementId) {
        return task.bpmnProcessId().equals(bpmnProcessId) && task.elementId().equals(elementId);
    }
}
