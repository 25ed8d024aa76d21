package scot.commissioningflow.providers.inspection;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;
import scot.commissioningflow.platform.web.Conflict;

/**
 * Fetches the Care Inspectorate's published datastore CSV from the address configured as
 * {@code commissioning.care-inspectorate-datastore.base-url} (the file's own URL, which the Care Inspectorate changes
 * when it publishes a new one).
 */
@Component
class DatastoreDownload {

    private final ExternalService datastore;
    private final String address;

    DatastoreDownload(ExternalServices services, Environment environment) {
        this.datastore = services.get("care-inspectorate-datastore");
        this.address = environment.getProperty("commissioning.care-inspectorate-datastore.base-url", "");
    }

    String address() {
        return address;
    }

    /** @throws Conflict with a sentence when no address is configured or the file cannot be fetched */
    byte[] fetch() {
        if (!datastore.configured()) {
            throw new Conflict("No address for the Care Inspectorate datastore is configured"
                    + " (commissioning.care-inspectorate-datastore.base-url): upload the file instead.");
        }
        try {
            byte[] content = datastore.http().get().retrieve().body(byte[].class);
            if (content == null || content.length == 0) {
                throw new Conflict("The Care Inspectorate datastore at " + address + " answered with no file;"
                        + " nothing was imported.");
            }
            return content;
        } catch (RestClientException e) {
            throw new Conflict("The Care Inspectorate datastore at " + address + " could not be fetched ("
                    + e.getMessage() + "); nothing was imported. Try again later, or upload the file.");
        }
    }
}
