package scot.commissioningflow.monitoring.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByContractReferenceOrderByRaisedAt(String contractReference);

    long countByContractReferenceAndRaisedAtAfter(String contractReference, Instant after);

    boolean existsByReviewIdAndSourceAndDescription(Long reviewId, Finding.Source source, String description);
}
