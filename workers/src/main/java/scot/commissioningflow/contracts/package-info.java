/**
 * Contracts: documents generated from the templates under contracts-templates/ ({@code documents}), signed by every
 * party in the product or through an e-signature service ({@code signing}), and the register of live contracts that
 * monitoring and fair-work uplifts read ({@code register}). Processes use it through the reusable call activity
 * {@code contract-signing} with one {@link scot.commissioningflow.contracts.ContractRequest}
 * ({@link scot.commissioningflow.contracts.ContractSigningProcess}); Java code through
 * {@link scot.commissioningflow.contracts.ContractRegister} and
 * {@link scot.commissioningflow.contracts.ContractDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts")
package scot.commissioningflow.contracts;
