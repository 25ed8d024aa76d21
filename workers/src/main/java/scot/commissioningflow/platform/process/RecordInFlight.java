package scot.commissioningflow.platform.process;

import java.util.Objects;

/**
 * A feature's record whose process had not finished, as its own tables tell it: where the process is to be started
 * again, with what, or why it cannot be.
 *
 * @param processId          the BPMN process id the record runs in
 * @param subjectType        the audit trail's name for the record (provider, isf, tender...)
 * @param reference          the record's reference, which is also the process's business key
 * @param processInstanceKey the process instance the record points at, which the engine no longer knows
 * @param step               the BPMN element to start before; where it cannot resume, the step it had reached
 * @param variables          the process variables to start with, a record of the feature's own; null when it cannot
 *                           resume
 * @param cannotResume       why it cannot be resumed, in words an officer can act on; null when it can
 */
public record RecordInFlight(String processId, String subjectType, String reference, long processInstanceKey,
        String step, Object variables, String cannotResume) {

    public RecordInFlight {
        Objects.requireNonNull(processId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(step);
    }

    /** Resumes the record's process just before this element, with these variables. */
    public static RecordInFlight resumeBefore(String processId, String subjectType, String reference,
            long processInstanceKey, String element, Object variables) {
        return new RecordInFlight(processId, subjectType, reference, processInstanceKey, element,
                Objects.requireNonNull(variables), null);
    }

    /** The record stays where it is, and an officer is told why. */
    public static RecordInFlight cannotResume(String processId, String subjectType, String reference,
            long processInstanceKey, String reachedStep, String reason) {
        return new RecordInFlight(processId, subjectType, reference, processInstanceKey, reachedStep, null,
                Objects.requireNonNull(reason));
    }

    public boolean resumable() {
        return cannotResume == null;
    }
}
