package scot.commissioningflow.contracts.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.platform.persistence.JsonMapConverter;

/**
 * A generated contract document, kept byte for byte with its SHA-256 so every signature names what was signed. Its
 * state changes (sent for signature, signed, lapsed) update only the columns that changed: written whole, each would
 * send the document's bytes to the database again.
 */
@Entity
@Table(name = "contract_document")
@DynamicUpdate
class ContractDocument {

    @Id
    private String reference;

    private String template;
    private String sha256;

    // Neither is ever changed once generated: Hibernate then keeps no copy of the bytes, nor of the fields as JSON,
    // to compare at every flush of a transaction that read the document.
    @Column(columnDefinition = "longblob")
    @Mutability(Immutability.class)
    private byte[] content;

    @Convert(converter = JsonMapConverter.class)
    @Mutability(Immutability.class)
    private Map<String, Object> fields;

    @Enumerated(EnumType.STRING)
    private SigningStatus status;

    private String envelopeId;
    private Instant generatedAt;
    private Instant signedAt;
    private Instant signingDeadline;

    protected ContractDocument() {
    }

    ContractDocument(String reference, String template, byte[] content, String sha256, Map<String, Object> fields,
            Instant generatedAt) {
        this.reference = reference;
        this.template = template;
        this.content = content;
        this.sha256 = sha256;
        this.fields = fields;
        this.status = SigningStatus.GENERATED;
        this.generatedAt = generatedAt;
    }

    void awaitSignatures(String envelopeId, Instant signingDeadline) {
        if (status == SigningStatus.GENERATED) {
            this.status = SigningStatus.AWAITING_SIGNATURES;
            this.envelopeId = envelopeId;
            this.signingDeadline = signingDeadline;
        }
    }

    /** Sets the deadline only where none is stored. */
    void keepSigningDeadline(Instant deadline) {
        if (signingDeadline == null) {
            this.signingDeadline = deadline;
        }
    }

    void signed(Instant at) {
        this.status = SigningStatus.SIGNED;
        this.signedAt = at;
    }

    void lapse() {
        if (status != SigningStatus.SIGNED) {
            this.status = SigningStatus.LAPSED;
        }
    }

    String reference() {
        return reference;
    }

    String template() {
        return template;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content;
    }

    SigningStatus status() {
        return status;
    }

    String envelopeId() {
        return envelopeId;
    }

    Instant generatedAt() {
        return generatedAt;
    }

    Instant signedAt() {
        return signedAt;
    }

    /** When the parties' time to sign runs out, fixed when they were first asked. */
    Instant signingDeadline() {
        return signingDeadline;
    }
}
