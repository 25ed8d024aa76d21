package scot.commissioningflow.fairwork;

/** How a criterion counts in a context. */
public enum Treatment {
    /** Failing it fails the check. */
    MANDATORY,
    /** It informs a weighted quality score; failing it does not fail the check. */
    SCORED
}
