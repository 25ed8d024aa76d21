package scot.commissioningflow.commissioning.responses;

import java.math.BigDecimal;

/** A response that goes to the evaluators, as their scoring form lists it. */
record EvaluableResponse(long responseId, String providerName, BigDecimal totalPrice, String fairWorkOutcome) {
}
