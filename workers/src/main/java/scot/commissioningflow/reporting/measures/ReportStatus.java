package scot.commissioningflow.reporting.measures;

/** Where a flexibility report stands. */
public enum ReportStatus {
    /** Asked for; the process has not started writing it yet. */
    REQUESTED,
    /** Being written: rows done of rows expected show how far. */
    WRITING,
    /** Written and kept for download. */
    READY
}
