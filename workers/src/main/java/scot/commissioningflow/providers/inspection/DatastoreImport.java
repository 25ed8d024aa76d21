package scot.commissioningflow.providers.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of the datastore: where it came from, what it held and what it changed. */
@Entity
@Table(name = "care_inspectorate_import")
class DatastoreImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String source;
    private String sha256;
    private int services;
    private int newServices;
    private int changedServices;
    private String complaintsYear;
    private String importedBy;
    private Instant importedAt;

    protected DatastoreImport() {
    }

    DatastoreImport(String source, String sha256, int services, int newServices, int changedServices,
            String complaintsYear, String importedBy, Instant importedAt) {
        this.source = source;
        this.sha256 = sha256;
        this.services = services;
        this.newServices = newServices;
        this.changedServices = changedServices;
        this.complaintsYear = complaintsYear;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    DatastoreImportSummary summary() {
        return new DatastoreImportSummary(id, source, sha256, services, newServices, changedServices,
                services - newServices - changedServices, complaintsYear, importedBy, importedAt);
    }
}
