package scot.commissioningflow.frameworks.brokerage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackageParticipantRepository extends JpaRepository<PackageParticipant, Long> {

    List<PackageParticipant> findByCarePackageIdOrderById(Long carePackageId);
}
