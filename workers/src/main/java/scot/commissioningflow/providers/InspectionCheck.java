package scot.commissioningflow.providers;

/** What the Care Inspectorate said about the provider's registered service. */
public enum InspectionCheck {
    NOT_YET_CHECKED,
    REGISTERED,
    NOT_REGISTERED,
    /** No Care Inspectorate service is configured: the reviewing officer checks by hand. */
    NOT_CONFIGURED
}
