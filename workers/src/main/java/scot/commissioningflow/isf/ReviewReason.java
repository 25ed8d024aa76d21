package scot.commissioningflow.isf;

public enum ReviewReason {
    OVERSPEND,
    UNDERSPEND,
    NEEDS_CHANGED,
    ANNUAL
}
