package scot.commissioningflow.frameworks.brokerage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackageOfferRepository extends JpaRepository<PackageOffer, Long> {

    List<PackageOffer> findByCarePackageIdOrderById(Long carePackageId);

    Optional<PackageOffer> findByCarePackageIdAndProviderReference(Long carePackageId, String providerReference);
}
