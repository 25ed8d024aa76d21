package scot.commissioningflow.contracts;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * An e-signature service configured under {@code commissioning.e-signature}. The expected contract:
 * {@code POST {base-url}/envelopes} with the document, its SHA-256 and the signers, answering {@code {"envelopeId"}};
 * {@code POST {base-url}/envelopes/{id}/reminders}; signatures come back to
 * {@code POST /api/contracts/{reference}/signature-events}. Without a base URL, parties sign in the product.
 */
@Component
class ESignatureClient {

    record Envelope(String envelopeId) {
    }

    private final RestClient http;
    private final boolean configured;

    ESignatureClient(RestClient.Builder builder,
            @Value("${commissioning.e-signature.base-url:}") String baseUrl,
            @Value("${commissioning.e-signature.api-key:}") String apiKey,
            @Value("${commissioning.e-signature.timeout:PT10S}") Duration timeout) {
        this.configured = !baseUrl.isBlank();
        this.http = builder.baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings
                        .defaults().withConnectTimeout(timeout).withReadTimeout(timeout)))
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

    String createEnvelope(String contractReference, String fileName, byte[] document, String sha256,
            List<SignatoryRequest> signers) {
        Envelope envelope = http.post().uri("/envelopes")
                .body(Map.of(
                        "externalReference", contractReference,
                        "documentName", fileName,
                        "document", Base64.getEncoder().encodeToString(document),
                        "documentSha256", sha256,
                        "signers", signers))
                .retrieve().body(Envelope.class);
        if (envelope == null || envelope.envelopeId() == null) {
            throw new IllegalStateException("The e-signature service accepted the envelope for " + contractReference
                    + " but returned no envelope id");
        }
        return envelope.envelopeId();
    }

    void remind(String envelopeId) {
        http.post().uri("/envelopes/{id}/reminders", envelopeId).retrieve().toBodilessEntity();
    }
}
