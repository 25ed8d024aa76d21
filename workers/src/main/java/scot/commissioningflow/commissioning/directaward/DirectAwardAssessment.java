package scot.commissioningflow.commissioning.directaward;

import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * What the direct-award stage needs before its fair-work check and its gateway.
 *
 * @param fairWorkCheckKey one check per set of terms, so terms agreed again after a refusal are checked afresh
 * @param priceExplanation the price sustainability sum in a sentence, shown to the commissioner when refused
 */
record DirectAwardAssessment(FairWorkDeclaration fairWorkDeclaration, String fairWorkCheckKey,
        boolean priceSustainable, String priceExplanation) {
}
