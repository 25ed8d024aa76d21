package scot.commissioningflow.providers.inspection;

import java.util.List;
import org.springframework.stereotype.Service;
import scot.commissioningflow.identity.SignedInPerson;

/** Imports the datastore from an uploaded file or from its published address, outside the import's transaction. */
@Service
class DatastoreImports {

    private final CareServiceRegister register;
    private final DatastoreDownload download;

    DatastoreImports(CareServiceRegister register, DatastoreDownload download) {
        this.register = register;
        this.download = download;
    }

    DatastoreImportSummary upload(byte[] content, String fileName, SignedInPerson by) {
        return register.importFile(content, "upload " + fileName, by);
    }

    DatastoreImportSummary fromDatastore(SignedInPerson by) {
        byte[] content = download.fetch();
        return register.importFile(content, download.address(), by);
    }

    List<DatastoreImportSummary> recent() {
        return register.recentImports();
    }
}
