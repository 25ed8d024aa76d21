package scot.commissioningflow.frameworks;

public enum MemberStatus {
    ADMITTED,
    /** Temporarily offered no new work (e.g. after an enforcement); may be reinstated. */
    SUSPENDED,
    /** Taken off the framework for good. */
    REMOVED
}
