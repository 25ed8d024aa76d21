package scot.commissioningflow.commissioning.tender;

/** The percentages quality, price and fair work carry in the award decision of one tender. */
public record AwardWeights(int quality, int price, int fairWork) {
}
