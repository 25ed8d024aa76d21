/**
 * Keeping processes running: the incidents the engine raised (a job whose retries ran out, an expression that could
 * not be evaluated), with the process, the record and the reason, and a retry once the cause is fixed; and the records
 * whose process the engine lost at a restart, resumed before the step they had reached or listed with the reason
 * ({@code operations.resumption}, which runs the features' {@code platform.process.ResumableRecords}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package scot.commissioningflow.operations;
