package scot.commissioningflow.commissioning.pricing;

/**
 * Whether an hourly rate can sustain fair work, as the process's gateways and the commissioner's forms read it.
 *
 * @param priceExplanation the price sustainability sum in a sentence, shown to the commissioner when refused
 */
public record PriceChecked(boolean priceSustainable, String priceExplanation) {
}
