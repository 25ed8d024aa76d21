package scot.commissioningflow.providers.registration;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * Reads a registered care service and its latest grades from the Care Inspectorate data service configured under
 * {@code commissioning.care-inspectorate}. The expected contract is {@code GET {base-url}/services/{serviceNumber}}
 * answering {@code {"serviceNumber", "name", "status", "grades": {"keyQuestion": grade}}}.
 */
@Component
class CareInspectorateClient {

    record RegisteredService(String serviceNumber, String name, String status, Map<String, Object> grades) {
    }

    private final ExternalService service;

    CareInspectorateClient(ExternalServices services) {
        this.service = services.get("care-inspectorate");
    }

    boolean configured() {
        return service.configured();
    }

    /** Empty when the Care Inspectorate has no such service; any other failure is thrown for the job to retry. */
    Optional<RegisteredService> registeredService(String serviceNumber) {
        try {
            return Optional.ofNullable(service.http().get().uri("/services/{number}", serviceNumber)
                    .retrieve().body(RegisteredService.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
