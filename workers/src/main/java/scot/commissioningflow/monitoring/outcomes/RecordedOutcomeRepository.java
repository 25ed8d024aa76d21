package scot.commissioningflow.monitoring.outcomes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordedOutcomeRepository extends JpaRepository<RecordedOutcome, Long> {

    List<RecordedOutcome> findByContractReferenceOrderById(String contractReference);

    boolean existsByReviewId(Long reviewId);
}
