package scot.commissioningflow.tasks;

import java.time.Instant;
import java.util.Map;

/** A human task as a person (or another feature) sees it. */
public record TaskView(
        long taskKey,
        String name,
        String bpmnProcessId,
        String elementId,
        long processInstanceKey,
        String businessKey,
        String formId,
        String candidateGroup,
        String assignee,
        /** Where a person completes this task instead of the inbox, when its feature records what it holds. */
        String completedThrough,
        TaskStatus status,
        Map<String, Object> variables,
        Instant createdAt,
        Instant endedAt,
        String completedBy,
        Map<String, Object> submission) {
}
