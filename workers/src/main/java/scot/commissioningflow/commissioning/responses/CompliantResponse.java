package scot.commissioningflow.commissioning.responses;

import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * A complete response on its way to the fair-work check: one element of the multi-instance {@code compliantResponses},
 * whose declaration the check receives as {@code fairWorkDeclaration} under the key {@code fairWorkCheckKey}.
 */
record CompliantResponse(long responseId, String providerName, String fairWorkCheckKey,
        FairWorkDeclaration fairWorkDeclaration) {
}
