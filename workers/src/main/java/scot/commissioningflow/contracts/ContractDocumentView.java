package scot.commissioningflow.contracts;

import java.time.Instant;
import java.util.List;

/** A contract document's state for people and other features; the bytes are fetched separately. */
public record ContractDocumentView(String contractReference, String template, String documentSha256,
        SigningStatus status, Instant generatedAt, Instant signedAt, List<SignatoryView> signatories) {
}
