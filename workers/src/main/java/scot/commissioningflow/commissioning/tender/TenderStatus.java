package scot.commissioningflow.commissioning.tender;

import java.util.Locale;

/** Where a tender stands, from the need recorded to a live contract (or an end without one). */
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

    public boolean acceptsResponses() {
        return this == OPEN_FOR_RESPONSES;
    }

    /** Responses stay sealed until the response deadline has passed and the process has opened them. */
    public boolean responsesSealed() {
        return this == NEED_RECORDED || this == ROUTE_CHOSEN || this == OPEN_FOR_RESPONSES;
    }

    /** As a sentence says it: "open for responses". */
    public String inWords() {
        return name().toLowerCase(Locale.UK).replace('_', ' ');
    }
}
