package scot.commissioningflow.commissioning;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.Clarification.ClarificationView;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/** The commissioner's side of clarifications: every question with who asked, and answering through the process. */
@Service
public class Clarifications {

    static final String ANSWER_TASK = "AnswerClarification";

    private final ClarificationRepository clarifications;
    private final TaskInbox inbox;

    Clarifications(ClarificationRepository clarifications, TaskInbox inbox) {
        this.clarifications = clarifications;
        this.inbox = inbox;
    }

    @Transactional(readOnly = true)
    public List<ClarificationView> all(String reference) {
        return clarifications.findByTenderReferenceOrderByAskedAt(reference).stream().map(Clarification::view)
                .toList();
    }

    /** Completes the process's answer task for this question; the process then shares the answer with everyone. */
    @Transactional
    public TaskView answer(String reference, long clarificationId, String answer, String answeredBy) {
        Clarification clarification = clarifications.findByIdAndTenderReference(clarificationId, reference)
                .orElseThrow(() -> new NotFound("Tender " + reference + " has no clarification " + clarificationId
                        + "."));
        if (clarification.answered()) {
            throw new Conflict("Clarification " + clarificationId + " has already been answered.");
        }
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference).atElement(ANSWER_TASK)).stream()
                .filter(t -> String.valueOf(clarificationId)
                        .equals(String.valueOf(t.variables().get("clarificationId"))))
                .findFirst()
                .orElseThrow(() -> new Conflict("Clarification " + clarificationId
                        + " is not waiting for an answer yet; try again in a moment."));
        return inbox.complete(task.taskKey(), Map.of("clarificationAnswer", answer), answeredBy);
    }
}
