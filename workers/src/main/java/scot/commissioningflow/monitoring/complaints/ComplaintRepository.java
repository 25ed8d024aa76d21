package scot.commissioningflow.monitoring.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    List<Complaint> findByContractReferenceOrderByReceivedOnAscIdAsc(String contractReference);

    Optional<Complaint> findByIdAndContractReference(Long id, String contractReference);

    long countByContractReferenceAndStatusAndReceivedOnAfter(String contractReference, ComplaintStatus status,
            LocalDate after);
}
