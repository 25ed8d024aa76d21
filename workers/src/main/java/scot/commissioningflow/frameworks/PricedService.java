package scot.commissioningflow.frameworks;

/**
 * A service a lot's members each price in their schedule, e.g. "Care at home: day hour" by the hour or "Sleepover"
 * by the night.
 */
public record PricedService(String name, PriceUnit unit) {
}
