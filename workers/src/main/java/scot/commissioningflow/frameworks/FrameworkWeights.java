package scot.commissioningflow.frameworks;

/**
 * How a framework weighs quality against price, in percent summing to 100: Scotland Excel's care and support
 * framework weighs 90 quality / 10 price, secure care 60 / 40. Price alone is not allowed for care.
 */
public record FrameworkWeights(int qualityPercent, int pricePercent) {

    public FrameworkWeights {
        if (qualityPercent < 1 || pricePercent < 0 || qualityPercent + pricePercent != 100) {
            throw new IllegalArgumentException("The quality and price weights must add up to 100, with some weight on"
                    + " quality; " + qualityPercent + " and " + pricePercent + " do not.");
        }
    }
}
