package scot.commissioningflow.monitoring.complaints;

/** Where a complaint about a monitored contract stands. */
public enum ComplaintStatus {
    UNDER_INVESTIGATION,
    UPHELD,
    NOT_UPHELD
}
