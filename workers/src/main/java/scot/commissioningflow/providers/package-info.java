/**
 * The register of care providers who may respond to tenders, join frameworks and hold individual service funds:
 * registration is checked against the Care Inspectorate and reviewed by a procurement officer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers")
package scot.commissioningflow.providers;
