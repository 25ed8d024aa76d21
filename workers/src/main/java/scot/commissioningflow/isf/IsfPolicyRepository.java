package scot.commissioningflow.isf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IsfPolicyRepository extends JpaRepository<IsfPolicy, Long> {

    Optional<IsfPolicy> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);

    boolean existsByEffectiveFrom(LocalDate date);

    List<IsfPolicy> findAllByOrderByEffectiveFrom();
}
