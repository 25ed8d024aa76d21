package scot.commissioningflow.commissioning.clarifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClarificationRepository extends JpaRepository<Clarification, Long> {

    List<Clarification> findByTenderReferenceOrderByAskedAt(String tenderReference);

    Optional<Clarification> findByIdAndTenderReference(Long id, String tenderReference);
}
