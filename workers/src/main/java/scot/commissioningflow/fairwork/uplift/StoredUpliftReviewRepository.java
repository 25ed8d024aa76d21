package scot.commissioningflow.fairwork.uplift;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredUpliftReviewRepository extends JpaRepository<StoredUpliftReview, Long> {

    Optional<StoredUpliftReview> findByReviewKey(String reviewKey);

    List<StoredUpliftReview> findByDecisionIsNullOrderById();
}
