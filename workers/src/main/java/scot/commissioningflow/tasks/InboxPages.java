package scot.commissioningflow.tasks;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * The inbox in the browser: the person's open tasks, and a task's own Camunda form, which the page draws with form-js
 * and completes through {@code POST /api/tasks/{taskKey}/complete} in the person's session. A step whose feature
 * records it through its own page is shown, not offered as a form.
 */
@Controller
class InboxPages extends Pages implements StartingPoints {

    private final TaskInbox inbox;

    InboxPages(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        boolean takesTasks = TaskAccess.rolesTakingTasks().stream().anyMatch(person::has);
        return takesTasks ? List.of(new StartingPoint(10, "Your tasks", "/inbox",
                "Steps in commissioning that wait for you or your team: review, decide and record them here."))
                : List.of();
    }

    @GetMapping("/inbox")
    String inbox(SignedInPerson person, @RequestParam(required = false) Long done, Model model) {
        List<TaskView> tasks = inbox.findFor(person, TaskQuery.open()).stream()
                .sorted(Comparator.comparing(TaskView::createdAt)).toList();
        model.addAttribute("tasks", tasks);
        model.addAttribute("done", done == null ? null : inbox.getFor(person, done));
        model.addAttribute("currentPath", "/inbox");
        return "tasks/inbox";
    }

    @GetMapping("/inbox/{taskKey}")
    String task(SignedInPerson person, @PathVariable long taskKey, Model model) {
        TaskView task = inbox.getFor(person, taskKey);
        model.addAttribute("task", task);
        boolean fillable = task.status() == TaskStatus.OPEN && task.completedThrough() == null && task.formId() != null;
        model.addAttribute("schema", fillable ? inbox.formFor(person, taskKey) : null);
        model.addAttribute("currentPath", "/inbox");
        return "tasks/task";
    }
}
