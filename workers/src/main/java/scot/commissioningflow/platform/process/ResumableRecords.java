package scot.commissioningflow.platform.process;

import java.util.List;

/**
 * A feature's records of one process, as they resume after the engine lost their processes: see this package's
 * documentation. Implemented as a Spring bean in the feature's own package.
 */
public interface ResumableRecords {

    /** Every record whose process had not finished, as the database says, each with where it resumes or why not. */
    List<RecordInFlight> inFlight();

    /** The record's process runs again as this new instance: point the record at it (inside the audit's transaction). */
    void resumed(RecordInFlight record, long newProcessInstanceKey);
}
