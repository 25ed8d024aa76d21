/**
 * Contracts: documents generated from the templates under contracts-templates/, signed by every party (in the
 * product, or through an e-signature service), and the register of live contracts that monitoring and fair-work
 * uplifts read. Processes use it through the reusable call activity {@code contract-signing}; Java code through
 * {@link scot.commissioningflow.contracts.ContractRegister} and {@link scot.commissioningflow.contracts.ContractDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts")
package scot.commissioningflow.contracts;
