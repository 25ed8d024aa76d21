package scot.commissioningflow.commissioning;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Publishes notices on Public Contracts Scotland through the service configured under
 * {@code commissioning.public-contracts-scotland}. The expected contract is {@code POST {base-url}/notices} with
 * {@code {"noticeType", "form", "buyerReference", ...}} answering {@code {"noticeId"}}; the buyer reference is sent
 * as an idempotency key so that a notice retried after a lost answer is not published twice.
 */
@Component
class PublicContractsScotlandClient {

    /** What the product records when no PCS service is configured: the officer publishes by hand. */
    static final String NOT_CONFIGURED = "NOT_CONFIGURED";

    record PublishedNotice(String noticeId) {
    }

    private final RestClient http;
    private final boolean configured;

    PublicContractsScotlandClient(RestClient.Builder builder,
            @Value("${commissioning.public-contracts-scotland.base-url:}") String baseUrl,
            @Value("${commissioning.public-contracts-scotland.username:}") String username,
            @Value("${commissioning.public-contracts-scotland.password:}") String password,
            @Value("${commissioning.public-contracts-scotland.timeout:PT10S}") Duration timeout) {
        this.configured = !baseUrl.isBlank();
        this.http = builder.baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings
                        .defaults().withConnectTimeout(timeout).withReadTimeout(timeout)))
                .defaultHeaders(headers -> {
                    if (!username.isBlank()) {
                        headers.setBasicAuth(username, password);
                    }
                })
                .build();
    }

    boolean configured() {
        return configured;
    }

    /** Any failure is thrown, so the job is retried with backoff and ends as an incident if PCS stays down. */
    String publish(String idempotencyKey, Map<String, Object> notice) {
        PublishedNotice published = http.post().uri("/notices")
                .header("Idempotency-Key", idempotencyKey)
                .body(notice)
                .retrieve()
                .body(PublishedNotice.class);
        if (published == null || published.noticeId() == null || published.noticeId().isBlank()) {
            throw new IllegalStateException("Public Contracts Scotland accepted the notice but returned no notice id");
        }
        return published.noticeId();
    }
}
