package scot.commissioningflow.isf.fund;

public enum IsfStatus {
    AWAITING_CHOICE,
    AWAITING_PROVIDER,
    AWAITING_SIGNATURES,
    /** Signed; waiting for the start date (the end of the previous provider's notice, on a change). */
    AWAITING_START,
    ACTIVE,
    UNDER_REVIEW,
    CHANGING_PROVIDER,
    CLOSED
}
