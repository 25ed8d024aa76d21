package scot.commissioningflow.contracts.signing;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, String> {
}
