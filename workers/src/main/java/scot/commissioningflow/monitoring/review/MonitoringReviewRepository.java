package scot.commissioningflow.monitoring.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringReviewRepository extends JpaRepository<MonitoringReview, Long> {

    Optional<MonitoringReview> findByReturnKey(String returnKey);

    List<MonitoringReview> findByContractReferenceOrderByReviewNumber(String contractReference);

    List<MonitoringReview> findAllByOrderByContractReference();
}
