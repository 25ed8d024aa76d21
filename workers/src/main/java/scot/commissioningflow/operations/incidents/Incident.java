package scot.commissioningflow.operations.incidents;

import java.time.Instant;

/**
 * An open incident: a process stopped at a step until someone fixes the cause and retries.
 *
 * @param key                the engine's incident key
 * @param process            the BPMN process id
 * @param step               the BPMN element where the process stopped
 * @param processInstanceKey the process instance
 * @param record             the business record the process is about, as {@code name=value} (e.g.
 *                           {@code isfReference=ISF-2026-0001}), or null when the process carries none
 * @param reason             why it stopped, as the failing step said
 * @param kind               the engine's error type (JOB_NO_RETRIES, EXTRACT_VALUE_ERROR, ...)
 * @param jobKey             the job whose retries ran out, or null when the incident is not about a job
 * @param raisedAt           when the engine raised it
 */
public record Incident(long key, String process, String step, long processInstanceKey, String record, String reason,
        String kind, Long jobKey, Instant raisedAt) {
}
