package scot.commissioningflow.isf.fund;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * The ISF's human steps, completed through its own API so that who may act is checked first. The submission is a
 * record of the fields of the step's form, as the task inbox takes them.
 */
@Component
public class IsfTasks {

    private final TaskInbox inbox;

    IsfTasks(TaskInbox inbox) {
        this.inbox = inbox;
    }

    /**
     * @param notWaiting how the refusal ends when no such step is open, e.g. "is not waiting for the provider's answer"
     */
    public TaskView complete(IndividualServiceFund isf, String elementId, Object submission,
            SignedInPerson person, String notWaiting) {
        List<TaskView> open = inbox.find(TaskQuery.open().forBusinessKey(isf.reference()).atElement(elementId));
        if (open.isEmpty()) {
            throw new Conflict("Individual service fund " + isf.reference() + " " + notWaiting + ".");
        }
        return inbox.complete(open.getFirst().taskKey(), submission, person.username());
    }
}
