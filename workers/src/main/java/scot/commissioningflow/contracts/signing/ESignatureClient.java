package scot.commissioningflow.contracts.signing;

import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * An e-signature service configured under {@code commissioning.e-signature}. The expected contract:
 * {@code POST {base-url}/envelopes} with the document, its SHA-256 and the signers, answering {@code {"envelopeId"}};
 * {@code POST {base-url}/envelopes/{id}/reminders}; signatures come back to
 * {@code POST /api/contracts/{reference}/signature-events}. Without a base URL, parties sign in the product.
 */
@Component
class ESignatureClient {

    /** What the service is asked to send for signature: the document travels base64-encoded with its SHA-256. */
    record EnvelopeRequest(String externalReference, String documentName, String document, String documentSha256,
            List<EnvelopeSigner> signers) {
    }

    /** A signer as the service needs them: sign-in names and organisations stay in the product. */
    record EnvelopeSigner(String role, String name, String email) {
    }

    record Envelope(String envelopeId) {
    }

    private final ExternalService service;

    ESignatureClient(ExternalServices services) {
        this.service = services.get("e-signature");
    }

    boolean configured() {
        return service.configured();
    }

    String createEnvelope(String contractReference, String fileName, byte[] document, String sha256,
            List<SignatoryRequest> signers) {
        Envelope envelope = service.http().post().uri("/envelopes")
                .body(new EnvelopeRequest(contractReference, fileName, Base64.getEncoder().encodeToString(document),
                        sha256, signers.stream().map(s -> new EnvelopeSigner(s.role(), s.name(), s.email()))
                                .toList()))
                .retrieve().body(Envelope.class);
        if (envelope == null || envelope.envelopeId() == null) {
            throw new IllegalStateException("The e-signature service accepted the envelope for " + contractReference
                    + " but returned no envelope id");
        }
        return envelope.envelopeId();
    }

    void remind(String envelopeId) {
        service.http().post().uri("/envelopes/{id}/reminders", envelopeId).retrieve().toBodilessEntity();
    }
}
