package scot.commissioningflow.contracts.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/contracts/{reference}")
@Tag(name = "Contracts", description = "Contract documents, their signatures, and the contracts register")
class ContractController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ContractSigning documents;
    private final String webhookSecret;

    ContractController(ContractSigning documents,
            @Value("${commissioning.e-signature.webhook-secret:}") String webhookSecret) {
        this.documents = documents;
        this.webhookSecret = webhookSecret;
    }

    @GetMapping
    @Operation(summary = "Parties and the buying council's staff: a contract document's fingerprint and who has "
            + "signed it")
    ContractDocumentView get(@PathVariable String reference, SignedInPerson person) {
        return documents.get(reference, person);
    }

    @GetMapping("/document")
    @Operation(summary = "Parties and the buying council's staff: the generated Word document, exactly as it is to "
            + "be signed")
    ResponseEntity<byte[]> document(@PathVariable String reference, SignedInPerson person) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".docx\"")
                .body(documents.content(reference, person));
    }

    @PostMapping("/signatures")
    @Operation(summary = "A party's named signer or their recorded representative: sign the contract in the product, "
            + "quoting the SHA-256 of the document read")
    ContractDocumentView sign(@PathVariable String reference, @Valid @RequestBody SignatureSubmission signature,
            SignedInPerson person) {
        return documents.sign(reference, signature, person);
    }

    @PostMapping("/signature-events")
    @Operation(summary = "Webhook for the e-signature service: a party has signed there")
    ContractDocumentView signatureEvent(@PathVariable String reference,
            @RequestHeader(name = "X-E-Signature-Secret", defaultValue = "") String secret,
            @Valid @RequestBody SignatureSubmission signature) {
        // Compared in constant time, so the secret cannot be guessed from how long a refusal takes.
        if (webhookSecret.isBlank() || !MessageDigest.isEqual(webhookSecret.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "Signature events are accepted only from the configured e-signature service.");
        }
        return documents.signedThroughService(reference, signature);
    }
}
