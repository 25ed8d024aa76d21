package scot.commissioningflow.commissioning.responses;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderResponseRepository extends JpaRepository<ProviderResponse, Long> {

    List<ProviderResponse> findByTenderReferenceAndRoundNumberOrderById(String tenderReference, int roundNumber);

    Optional<ProviderResponse> findByTenderReferenceAndRoundNumberAndProviderReference(String tenderReference,
            int roundNumber, String providerReference);

    long countByTenderReference(String tenderReference);
}
