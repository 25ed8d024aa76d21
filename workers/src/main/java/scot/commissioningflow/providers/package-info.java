/**
 * The register of care providers who may respond to tenders, join frameworks and hold individual service funds:
 * registration is checked against the Care Inspectorate and reviewed by a procurement officer
 * ({@code registration}). Other features use {@link scot.commissioningflow.providers.ProviderRegister}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers")
package scot.commissioningflow.providers;
