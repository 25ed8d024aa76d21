package scot.commissioningflow.collaboration.application;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The partnership agreement the lead attaches, kept as uploaded with its digest. Attaching again replaces it. */
@Entity
@Table(name = "collaboration_partnership_agreement")
class PartnershipAgreement {

    @Id
    private String applicationReference;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Lob
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected PartnershipAgreement() {
    }

    PartnershipAgreement(String applicationReference, String fileName, String contentType, byte[] content,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.applicationReference = applicationReference;
        replace(fileName, contentType, content, sha256, uploadedBy, uploadedAt);
    }

    void replace(String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    String sha256() {
        return sha256;
    }
}
