package scot.commissioningflow.commissioning;

public enum TenderStatus {
    NEED_RECORDED,
    ROUTE_CHOSEN,
    OPEN_FOR_RESPONSES,
    EVALUATING,
    NO_COMPLIANT_RESPONSES,
    AWARD_DECIDED,
    STANDSTILL,
    CHALLENGED,
    AWARDED,
    CONTRACT_LIVE,
    CONTRACT_NOT_SIGNED,
    CANCELLED;

    boolean acceptsResponses() {
        return this == OPEN_FOR_RESPONSES;
    }

    /** Responses stay sealed until the response deadline has passed and the process has opened them. */
    boolean responsesSealed() {
        return this == NEED_RECORDED || this == ROUTE_CHOSEN || this == OPEN_FOR_RESPONSES;
    }
}
