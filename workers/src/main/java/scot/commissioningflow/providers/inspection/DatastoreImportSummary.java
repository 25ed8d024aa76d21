package scot.commissioningflow.providers.inspection;

import java.time.Instant;

/**
 * What one import found: services listed, how many were new, changed (grades, status, complaints or enforcements)
 * or as before.
 *
 * @param source the uploaded file's name, or the datastore URL
 * @param complaintsYear the year suffix of the complaints and enforcements columns read, e.g. 2425
 */
public record DatastoreImportSummary(long id, String source, String sha256, int services, int newServices,
        int changedServices, int unchangedServices, String complaintsYear, String importedBy, Instant importedAt) {
}
