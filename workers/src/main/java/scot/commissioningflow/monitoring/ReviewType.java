package scot.commissioningflow.monitoring;

/** How a review is done: on paper from the provider's return, or by visiting the service as well. */
public enum ReviewType {
    DESK_REVIEW,
    VISIT
}
