package scot.commissioningflow.fairwork;

/** The result of one criterion, and the overall outcome of a check. */
public enum Verdict {
    MET,
    NOT_MET,
    /** The declaration does not show the criterion is met: a procurement officer reviews the evidence. */
    NOT_EVIDENCED
}
