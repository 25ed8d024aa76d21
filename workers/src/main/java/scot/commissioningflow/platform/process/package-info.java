/**
 * Helpers every feature uses to run its processes: starting them with a business key ({@link
 * scot.commissioningflow.platform.process.ProcessEngine}), logging and retrying jobs, and resuming them after the
 * engine lost them.
 *
 * <h2>Resuming records after a restart</h2>
 * The embedded engine keeps process state in memory: after a restart it knows none of the processes that ran before,
 * while the database still holds every record they were about. At start-up the application asks the engine whether
 * it still remembers its earlier life ({@link scot.commissioningflow.platform.process.EngineContinuity}); a cluster
 * does, and nothing happens. When it does not, every feature is asked for its records in flight and each one is
 * started again, as a new instance of the same process, just before the step it had reached.
 *
 * <p>A feature takes part by declaring one Spring bean implementing
 * {@link scot.commissioningflow.platform.process.ResumableRecords} for each process it runs:
 * <ul>
 * <li>{@code inFlight()} lists, from the feature's own tables, every record whose process had not finished: for each,
 * a {@link scot.commissioningflow.platform.process.RecordInFlight} naming the BPMN element to start before (an id
 * from the feature's one process-names class) and the process variables that step and the rest of the process need,
 * as a record of the feature's own (its component names are the variable names). Every date a timer waits for must
 * come from what the record stores, never from "now", so a deadline resumed next week is the same deadline.
 * Where the record cannot be resumed safely, it says why with {@code RecordInFlight.cannotResume}: an officer then
 * sees it, with that reason, at {@code GET /api/resumptions}.</li>
 * <li>{@code resumed(record, newKey)} points the record at its new process instance. It runs in the transaction that
 * writes the audit entry ({@code process.resumed}), so the two agree.</li>
 * </ul>
 * The steps started again must be idempotent, as every job worker already is: the record may have done part of the
 * step before the engine was lost. A process called from another (contract-signing, fair-work-check) is resumed by
 * its caller, started again before the call activity: the called process then finds its document or check already
 * there. A record whose process had not yet written its key back (a crash in the moment after the start) is not in
 * flight for this purpose. Human tasks the lost instances had open are withdrawn from the inbox first, and
 * the resumed instances open them again.
 */
package scot.commissioningflow.platform.process;
