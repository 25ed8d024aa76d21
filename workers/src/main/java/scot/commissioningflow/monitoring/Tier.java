package scot.commissioningflow.monitoring;

/** How closely a contract is monitored, decided by {@code monitoring-tier.dmn}. */
public enum Tier {
    HIGH,
    MEDIUM,
    LOW
}
