package scot.commissioningflow.monitoring;

/** Where a monitored contract stands after its latest review. */
public enum Standing {
    MONITORED,
    IMPROVEMENT_PLAN,
    IN_DEFAULT
}
