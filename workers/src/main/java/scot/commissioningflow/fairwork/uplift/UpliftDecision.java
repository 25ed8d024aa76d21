package scot.commissioningflow.fairwork.uplift;

/** What the commissioner decided on the uplifts a review found. */
public enum UpliftDecision {
    AGREED,
    NOT_AGREED
}
