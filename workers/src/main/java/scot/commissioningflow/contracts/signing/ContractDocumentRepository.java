package scot.commissioningflow.contracts.signing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import scot.commissioningflow.contracts.SigningStatus;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, String> {

    /**
     * The document, its row locked until the transaction ends (by primary key: that row alone). Signatures on one
     * contract take turns on it, so the last of them sees every other party signed and marks the contract signed; two
     * given in the same moment would otherwise each see the other missing, and neither would.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ContractDocument d where d.reference = :reference")
    Optional<ContractDocument> findForSigning(String reference);

    /**
     * A document's state without its bytes and fields: what reading its status needs, and all that anyone asking
     * whether it is signed yet reads, often and repeatedly. A list, empty or of one: a missing document is an
     * expected answer while it is being generated, not an exception.
     */
    @Query("""
            select new scot.commissioningflow.contracts.signing.ContractDocumentRepository$DocumentState(
                d.reference, d.template, d.sha256, d.status, d.generatedAt, d.signedAt)
            from ContractDocument d where d.reference = :reference""")
    List<DocumentState> findStateByReference(String reference);

    record DocumentState(String reference, String template, String sha256, SigningStatus status,
            Instant generatedAt, Instant signedAt) {
    }
}
