package scot.commissioningflow.tasks;

import java.util.Map;

/**
 * A human task as the engine hands it over: its job key (stable across redeliveries), where it stands in which
 * process, who may take it, and the process variables at that moment, shown to whoever does it.
 */
record ArrivingTask(long taskKey, long processInstanceKey, String bpmnProcessId, String elementId,
        String candidateGroup, String assignee, String businessKey, String completedThrough,
        Map<String, Object> variables) {
}
