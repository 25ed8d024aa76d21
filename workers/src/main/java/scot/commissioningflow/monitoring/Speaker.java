package scot.commissioningflow.monitoring;

/** Whose words an outcome is in. */
public enum Speaker {
    PERSON,
    CARER,
    PROVIDER
}
