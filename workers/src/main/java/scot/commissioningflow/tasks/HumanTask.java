package scot.commissioningflow.tasks;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import scot.commissioningflow.platform.persistence.JsonMapConverter;

@Entity
@Table(name = "human_task")
class HumanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The engine's job key: stable across redeliveries of the same task, so recording it twice is harmless. Unique
     * only within one life of the engine: the embedded engine numbers from the same start after a restart.
     */
    private long taskKey;

    /** The task belonged to an engine that was lost (its key may now name another task). */
    private boolean pastEngine;

    private long processInstanceKey;
    private String bpmnProcessId;
    private String elementId;
    private String name;
    private String formId;
    private String candidateGroup;
    private String assignee;
    private String businessKey;
    private String completedThrough;

    // Only ever replaced, never changed in place: Hibernate then keeps no JSON copy of it to compare at flush.
    @Convert(converter = JsonMapConverter.class)
    @Mutability(Immutability.class)
    private Map<String, Object> variables;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private Instant createdAt;
    private Instant endedAt;
    private String completedBy;

    @Convert(converter = JsonMapConverter.class)
    @Mutability(Immutability.class)
    private Map<String, Object> submission;

    protected HumanTask() {
    }

    HumanTask(long taskKey, long processInstanceKey, String bpmnProcessId, String elementId, String name,
            String formId, String candidateGroup, String assignee, String businessKey, String completedThrough,
            Map<String, Object> variables, Instant createdAt) {
        this.taskKey = taskKey;
        this.processInstanceKey = processInstanceKey;
        this.bpmnProcessId = bpmnProcessId;
        this.elementId = elementId;
        this.name = name;
        this.formId = formId;
        this.candidateGroup = candidateGroup;
        this.assignee = assignee;
        this.businessKey = businessKey;
        this.completedThrough = completedThrough;
        this.variables = variables;
        this.status = TaskStatus.OPEN;
        this.createdAt = createdAt;
    }

    void complete(String by, Map<String, Object> submission, Instant at) {
        this.status = TaskStatus.COMPLETED;
        this.completedBy = by;
        this.submission = submission;
        this.endedAt = at;
    }

    /** The engine refused the completion for a passing reason: the task is open again, as it was. */
    void reopen() {
        this.status = TaskStatus.OPEN;
        this.completedBy = null;
        this.submission = null;
        this.endedAt = null;
    }

    void withdraw(Instant at) {
        this.status = TaskStatus.WITHDRAWN;
        this.endedAt = at;
    }

    TaskView view() {
        return new TaskView(taskKey, name, bpmnProcessId, elementId, processInstanceKey, businessKey, formId,
                candidateGroup, assignee, completedThrough(), status, variables, createdAt, endedAt, completedBy,
                submission);
    }

    long taskKey() {
        return taskKey;
    }

    String formId() {
        return formId;
    }

    String completedThrough() {
        return completedThrough;
    }

    TaskStatus status() {
        return status;
    }
}
