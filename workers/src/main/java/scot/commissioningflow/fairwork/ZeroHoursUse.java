package scot.commissioningflow.fairwork;

public enum ZeroHoursUse {
    NONE,
    /** Offered only to workers who choose them: not an inappropriate use. */
    WORKER_CHOICE_ONLY,
    USED
}
