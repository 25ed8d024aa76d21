package scot.commissioningflow.providers;

/** A care service's registration as the Care Inspectorate's datastore states it in {@code ServiceStatus}. */
public enum RegistrationStatus {
    ACTIVE,
    INACTIVE,
    /** Applied to register and not yet registered: it may not provide care. */
    PROPOSITIONAL
}
