package scot.commissioningflow.frameworks.brokerage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackageInvitationRepository extends JpaRepository<PackageInvitation, Long> {

    List<PackageInvitation> findByCarePackageIdOrderById(Long carePackageId);

    Optional<PackageInvitation> findByCarePackageIdAndProviderReference(Long carePackageId, String providerReference);
}
