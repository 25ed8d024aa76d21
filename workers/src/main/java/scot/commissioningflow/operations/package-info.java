/**
 * Keeping processes running: the incidents the engine raised (a job whose retries ran out, an expression that could
 * not be evaluated), with the process, the record and the reason, and a retry once the cause is fixed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package scot.commissioningflow.operations;
