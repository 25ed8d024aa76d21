package scot.commissioningflow.commissioning.clarifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenderInterestRepository extends JpaRepository<TenderInterest, Long> {

    boolean existsByTenderReferenceAndProviderReference(String tenderReference, String providerReference);

    List<TenderInterest> findByTenderReferenceOrderByRegisteredAt(String tenderReference);
}
