package scot.commissioningflow.isf.agreement;

public enum AgreementKind {
    AGREEMENT,
    /** A change to a live agreement (a new budget after a review): signed again, but not a new agreement. */
    VARIATION
}
