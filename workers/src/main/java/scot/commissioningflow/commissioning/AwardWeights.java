package scot.commissioningflow.commissioning;

/** The percentages quality, price and fair work carry in the award decision of one tender. */
public record AwardWeights(int quality, int price, int fairWork) {
}
