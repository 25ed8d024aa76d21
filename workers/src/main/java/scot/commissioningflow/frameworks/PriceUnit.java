package scot.commissioningflow.frameworks;

public enum PriceUnit {
    HOUR,
    /** A sleepover night: the real Living Wage applies to every hour of it. */
    NIGHT,
    WEEK
}
