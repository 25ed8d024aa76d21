/**
 * The register of care providers who may respond to tenders, join frameworks and hold individual service funds:
 * registration is checked against the Care Inspectorate and reviewed by a procurement officer
 * ({@code registration}). Other features use {@link scot.commissioningflow.providers.ProviderRegister}.
 *
 * <p>The registered care services of the Care Inspectorate's published datastore ({@code inspection}): imported by
 * upload or from a configured URL, each service's grades, status, complaints and enforcements refreshed and dated.
 * Other features read them through {@link scot.commissioningflow.providers.CareServices} (one service by its CS
 * number, a provider's by its SP number, whether one is active and graded at least a minimum) as
 * {@link scot.commissioningflow.providers.RegisteredCareService}, and may listen for
 * {@link scot.commissioningflow.providers.CareServiceChanged}, published when an import changes a service's grades,
 * status, complaints or enforcements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers")
package scot.commissioningflow.providers;
