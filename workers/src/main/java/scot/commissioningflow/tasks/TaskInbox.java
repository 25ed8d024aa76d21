package scot.commissioningflow.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** Lists, shows and completes human tasks. The one place that knows how human tasks reach the engine. */
@Service
public class TaskInbox {

    /** The variable every completed task hands to its process: the person who completed it. */
    public static final String COMPLETED_BY = "completedBy";

    private static final Logger log = LoggerFactory.getLogger(TaskInbox.class);

    private static final TypeReference<Map<String, Object>> FORM_FIELDS = new TypeReference<>() {
    };

    private final HumanTaskRepository tasks;
    private final FormCatalogue forms;
    private final ProcessModels models;
    private final CamundaClient client;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate inNewTransaction;
    private final TaskAccess access;
    private final ApplicationEventPublisher events;

    TaskInbox(HumanTaskRepository tasks, FormCatalogue forms, ProcessModels models, CamundaClient client,
            Clock clock, ObjectMapper json, PlatformTransactionManager transactions, TaskAccess access,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.access = access;
        this.events = events;
        this.forms = forms;
        this.models = models;
        this.client = client;
        this.clock = clock;
        this.json = json;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The candidate groups whose tasks someone can take from the inbox: a model naming another would strand them. */
    public static Set<String> candidateGroups() {
        return TaskAccess.CANDIDATE_GROUPS.keySet();
    }

    @Transactional(readOnly = true)
    public List<TaskView> find(TaskQuery query) {
        return tasks.search(query.status(), query.candidateGroup(), query.businessKey(), query.processInstanceKey(),
                query.elementId(), query.assignee()).stream().map(HumanTask::view).toList();
    }

    /** One task, for a feature that has decided itself who may see it. */
    @Transactional(readOnly = true)
    public TaskView get(long taskKey) {
        return load(taskKey).view();
    }

    /** The tasks matching the query that this person may take: their group's, their provider's, their own. */
    @Transactional(readOnly = true)
    public List<TaskView> findFor(SignedInPerson person, TaskQuery query) {
        return find(query).stream().filter(task -> access.mayTake(person, task)).toList();
    }

    @Transactional(readOnly = true)
    public TaskView getFor(SignedInPerson person, long taskKey) {
        return loadFor(person, taskKey).view();
    }

    @Transactional(readOnly = true)
    public JsonNode formFor(SignedInPerson person, long taskKey) {
        HumanTask task = loadFor(person, taskKey);
        return forms.form(task.formId())
                .orElseThrow(() -> new NotFound("Task " + taskKey + " has no form; complete it with its variables."));
    }

    /**
     * Completes the task from the generic inbox in the name of the signed-in person, if it is theirs to take. A task
     * whose feature records its submission itself (a supported person's choice, an award decision) names the
     * endpoint to use instead, and is refused here, so that the feature's own checks cannot be bypassed and nothing
     * a person enters is dropped. Those who listen to {@link TaskCompletedInInbox} record the decision it holds.
     */
    @Transactional(noRollbackFor = Conflict.class)
    public TaskView completeFromInbox(long taskKey, Map<String, Object> submission, SignedInPerson person) {
        HumanTask task = loadFor(person, taskKey);
        if (task.completedThrough() != null && task.status() == TaskStatus.OPEN) {
            throw new Conflict("Task " + taskKey + " '" + task.view().name() + "' is completed through "
                    + task.completedThrough() + ", which records what it holds; it was left open.");
        }
        TaskView completed = complete(taskKey, submission, person.username());
        events.publishEvent(new TaskCompletedInInbox(person, completed, completed.submission()));
        return completed;
    }

    /**
     * Completes the task with what the person submitted. Refuses, without touching the engine, a submission missing
     * a field the form requires, and a task that is already completed or was withdrawn.
     *
     * <p>The submission is the caller's record of the form's fields (its component names are the field names), or
     * the JSON object the form sent. It is stored, and handed to the process, as that JSON object.
     *
     * <p>The engine hears of it only once the caller's transaction has committed: a feature that records the
     * submission itself (an evaluator's scores, a person's choice) does so in the same transaction, and the worker
     * of the next step, to which the engine streams the job at once, must find it stored. Should the engine then
     * refuse, the task is put back as it was and the refusal reaches the caller.
     */
    @Transactional(noRollbackFor = Conflict.class)
    public TaskView complete(long taskKey, Object submission, String completedBy) {
        Map<String, Object> fields = json.convertValue(submission, FORM_FIELDS);
        HumanTask task = load(taskKey);
        if (task.status() != TaskStatus.OPEN) {
            throw new Conflict("Task " + taskKey + " is " + task.status().name().toLowerCase()
                    + " and can no longer be completed.");
        }
        List<String> missing = forms.missingRequiredFields(task.formId(), fields);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream()
                    .map(field -> new FieldProblem(field.substring(0, field.indexOf(' ')), field + " is required"))
                    .toList());
        }
        Map<String, Object> variables = new HashMap<>(fields);
        // Who did a human step is part of the record; processes map it to a name of their own (reviewedBy...).
        variables.put(COMPLETED_BY, completedBy);
        task.complete(completedBy, fields, clock.instant());
        ProcessEngine.onceCommitted(() -> tellEngine(taskKey, variables));
        log.info("Task {} '{}' completed by {}", taskKey, task.view().name(), completedBy);
        return task.view();
    }

    private void tellEngine(long taskKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(taskKey).variables(variables).send().join();
        } catch (ClientStatusException e) {
            boolean gone = e.getStatus().getCode() == Status.Code.NOT_FOUND;
            inNewTransaction.executeWithoutResult(status -> {
                HumanTask task = load(taskKey);
                if (gone) {
                    task.withdraw(clock.instant());
                } else {
                    task.reopen();
                }
            });
            if (gone) {
                throw new Conflict("Task " + taskKey + " is no longer open: the process moved on without it.");
            }
            throw e;
        }
    }

    /**
     * Takes a human task the engine created into the inbox, with its readable name and form from the deployed model.
     * The engine may hand the same task over again; the entry already there is kept.
     */
    @Transactional
    void receive(ArrivingTask arriving) {
        if (tasks.existsByTaskKeyAndPastEngineFalse(arriving.taskKey())) {
            return;
        }
        var model = models.userTask(arriving.bpmnProcessId(), arriving.elementId())
                .orElse(new ProcessModels.UserTaskModel(arriving.elementId(), null));
        tasks.save(new HumanTask(arriving.taskKey(), arriving.processInstanceKey(), arriving.bpmnProcessId(),
                arriving.elementId(), model.name(), model.formId(), arriving.candidateGroup(), arriving.assignee(),
                arriving.businessKey(), arriving.completedThrough(), arriving.variables(), clock.instant()));
        log.info("Task '{}' is waiting in the inbox", model.name());
    }

    /**
     * The engine was lost with every process it ran (the embedded engine after a restart): the tasks it had open can
     * no longer be completed, and its task keys will be given again to new tasks. Withdraws the open ones and sets
     * them all apart, before any new task arrives; processes resumed from their records open their tasks anew.
     */
    @Transactional
    public int setApartTasksOfLostEngine() {
        int withdrawn = tasks.withdrawOpen(TaskStatus.OPEN, TaskStatus.WITHDRAWN, clock.instant());
        tasks.markPastEngine();
        log.info("The engine started without the processes it ran before: {} open tasks withdrawn", withdrawn);
        return withdrawn;
    }

    private HumanTask loadFor(SignedInPerson person, long taskKey) {
        HumanTask task = load(taskKey);
        access.requireMayTake(person, task.view());
        return task;
    }

    private HumanTask load(long taskKey) {
        return tasks.findFirstByTaskKeyOrderByPastEngineAscIdDesc(taskKey).orElseThrow(() -> new NotFound("There is no task " + taskKey + "."));
    }
}
