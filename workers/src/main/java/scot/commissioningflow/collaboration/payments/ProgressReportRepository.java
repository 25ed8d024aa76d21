package scot.commissioningflow.collaboration.payments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByGrantReferenceAndMilestoneNumber(String grantReference, int milestoneNumber);

    List<ProgressReport> findByGrantReferenceOrderByMilestoneNumber(String grantReference);
}
