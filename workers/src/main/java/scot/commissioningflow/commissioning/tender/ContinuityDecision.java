package scot.commissioningflow.commissioning.tender;

/** For an existing service: does it continue with the current provider, or is it tendered again? (Guidance Annex 6.) */
public enum ContinuityDecision {
    NEW_SERVICE,
    AWAITING_DECISION,
    CONTINUE_WITHOUT_COMPETITION,
    RETENDER
}
