package scot.commissioningflow.commissioning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcurementThresholdRepository extends JpaRepository<ProcurementThreshold, Long> {

    Optional<ProcurementThreshold> findFirstByThresholdCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            String thresholdCode, LocalDate on);

    boolean existsByThresholdCodeAndEffectiveFrom(String thresholdCode, LocalDate effectiveFrom);

    List<ProcurementThreshold> findAllByOrderByThresholdCodeAscEffectiveFromAsc();
}
