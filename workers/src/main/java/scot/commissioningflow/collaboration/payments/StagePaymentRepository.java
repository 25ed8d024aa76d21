package scot.commissioningflow.collaboration.payments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StagePaymentRepository extends JpaRepository<StagePayment, Long> {

    Optional<StagePayment> findByGrantReferenceAndMilestoneNumber(String grantReference, int milestoneNumber);

    List<StagePayment> findByGrantReferenceOrderByMilestoneNumber(String grantReference);
}
