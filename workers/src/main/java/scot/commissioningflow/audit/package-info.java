/**
 * One append-only trail of the decisions people and the product make, across features: who (the signed-in
 * identity), when, what, why, and in which process. Features record through {@link scot.commissioningflow.audit.AuditTrail};
 * the database itself refuses to change or remove an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package scot.commissioningflow.audit;
