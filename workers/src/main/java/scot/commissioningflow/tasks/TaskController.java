package scot.commissioningflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Human steps waiting in any process")
class TaskController {

    private final TaskInbox inbox;

    TaskController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The tasks the signed-in person may take (their groups', their provider's, those assigned to"
            + " them), open ones by default, filtered by group, business key or process instance")
    List<TaskView> list(SignedInPerson person, @RequestParam(defaultValue = "OPEN") TaskStatus status,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) Long processInstanceKey,
            @RequestParam(required = false) String assignee) {
        return inbox.findFor(person, new TaskQuery(status, group, businessKey, processInstanceKey, null, assignee));
    }

    @GetMapping("/{taskKey}")
    @Operation(summary = "One task with the process variables it was created with")
    TaskView get(SignedInPerson person, @PathVariable long taskKey) {
        return inbox.getFor(person, taskKey);
    }

    @GetMapping("/{taskKey}/form")
    @Operation(summary = "The Camunda form schema of the task, for rendering with form-js")
    JsonNode form(SignedInPerson person, @PathVariable long taskKey) {
        return inbox.formFor(person, taskKey);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "The fields of the task's own form, by the keys its components give them (GET"
                    + " /api/tasks/{taskKey}/form): each task's form decides its fields, so no one shape fits every"
                    + " task.")
    @PostMapping("/{taskKey}/complete")
    @Operation(summary = "Complete the task with the submitted form fields, in the signed-in person's name",
            description = "Refused for a task someone else takes, and for a step its feature completes through its"
                    + " own endpoint (named in the task's completedThrough).")
    TaskView complete(SignedInPerson person, @PathVariable long taskKey,
            @RequestBody Map<String, Object> submission) {
        return inbox.completeFromInbox(taskKey, submission, person);
    }
}
