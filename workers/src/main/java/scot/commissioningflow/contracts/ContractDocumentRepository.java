package scot.commissioningflow.contracts;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, String> {
}
