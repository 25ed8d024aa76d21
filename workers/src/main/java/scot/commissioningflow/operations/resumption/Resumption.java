package scot.commissioningflow.operations.resumption;

import java.time.Instant;

/**
 * A record whose process the engine lost at a restart, and what became of it.
 *
 * @param process                the BPMN process id
 * @param subjectType            the kind of record (provider, isf, tender...)
 * @param reference              the record's reference
 * @param step                   the step it resumed before, or had reached when it could not
 * @param lostProcessInstanceKey the instance the engine lost
 * @param newProcessInstanceKey  the instance it runs in now, or null when not resumed
 * @param outcome                resumed, or not
 * @param reason                 why it was not resumed (or why resuming failed), for an officer to act on
 * @param at                     when the application found it
 */
public record Resumption(long id, String process, String subjectType, String reference, String step,
        long lostProcessInstanceKey, Long newProcessInstanceKey, Outcome outcome, String reason, Instant at) {
}
