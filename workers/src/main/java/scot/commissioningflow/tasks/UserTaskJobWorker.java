package scot.commissioningflow.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * Takes every human task the engine creates into the inbox. The job stays activated for a long time and is completed
 * only when a person submits the task; if the engine hands the same task over again, the existing entry is kept.
 */
@Component
public class UserTaskJobWorker {

    static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
    private static final String ASSIGNEE_HEADER = "io.camunda.zeebe:assignee";
    /**
     * A task header naming the endpoint that completes the task, for steps whose submission a feature must record
     * itself (an evaluator's scores, a supported person's choice, an award decision): the generic inbox refuses them.
     * {businessKey} in it is filled in.
     */
    private static final String COMPLETED_THROUGH_HEADER = "completedThrough";
    /** A year: a human task may wait weeks (a standstill, an annual review), and no one else must take it meanwhile. */
    private static final long HOLD_MILLIS = 365L * 24 * 60 * 60 * 1000;

    private final TaskInbox inbox;

    UserTaskJobWorker(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @JobWorker(type = USER_TASK_JOB_TYPE, autoComplete = false, timeout = HOLD_MILLIS)
    public void receive(ActivatedJob job) {
        try (var ignored = ProcessLog.forJob(job)) {
            Map<String, Object> variables = job.getVariablesAsMap();
            Object businessKey = variables.get(ProcessEngine.BUSINESS_KEY);
            inbox.receive(new ArrivingTask(job.getKey(), job.getProcessInstanceKey(), job.getBpmnProcessId(),
                    job.getElementId(), firstGroup(job), assignee(job),
                    businessKey == null ? null : businessKey.toString(),
                    completedThrough(job, String.valueOf(businessKey)),
                    variables));
        }
    }

    private static String completedThrough(ActivatedJob job, String businessKey) {
        String endpoint = job.getCustomHeaders().get(COMPLETED_THROUGH_HEADER);
        return endpoint == null ? null : endpoint.replace("{businessKey}", businessKey);
    }

    private static String firstGroup(ActivatedJob job) {
        String groups = job.getCustomHeaders().get(CANDIDATE_GROUPS_HEADER);
        if (groups == null || groups.isBlank()) {
            return null;
        }
        // The header is a JSON array of group names; the inbox routes by the first.
        return groups.replaceAll("[\\[\\]\" ]", "").split(",")[0];
    }

    private static String assignee(ActivatedJob job) {
        String assignee = job.getCustomHeaders().get(ASSIGNEE_HEADER);
        return assignee == null || assignee.isBlank() ? null : assignee;
    }
}
