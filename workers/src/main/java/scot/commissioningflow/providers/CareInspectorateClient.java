package scot.commissioningflow.providers;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Reads a registered care service and its latest grades from the Care Inspectorate data service configured under
 * {@code commissioning.care-inspectorate}. The expected contract is {@code GET {base-url}/services/{serviceNumber}}
 * answering {@code {"serviceNumber", "name", "status", "grades": {"keyQuestion": grade}}}.
 */
@Component
class CareInspectorateClient {

    record RegisteredService(String serviceNumber, String name, String status, Map<String, Object> grades) {
    }

    private final RestClient http;
    private final boolean configured;

    CareInspectorateClient(RestClient.Builder builder,
            @Value("${commissioning.care-inspectorate.base-url:}") String baseUrl,
            @Value("${commissioning.care-inspectorate.api-key:}") String apiKey,
            @Value("${commissioning.care-inspectorate.timeout:PT10S}") Duration timeout) {
        this.configured = !baseUrl.isBlank();
        this.http = builder.baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings.defaults()
                        .withConnectTimeout(timeout).withReadTimeout(timeout)))
                .defaultHeaders(headers -> {
                    if (!apiKey.isBlank()) {
                        headers.setBearerAuth(apiKey);
                    }
                })
                .build();
    }

    boolean configured() {
        return configured;
    }

    /** Empty when the Care Inspectorate has no such service; any other failure is thrown for the job to retry. */
    Optional<RegisteredService> registeredService(String serviceNumber) {
        try {
            return Optional.ofNullable(http.get().uri("/services/{number}", serviceNumber)
                    .retrieve().body(RegisteredService.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
