package scot.commissioningflow.isf.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IsfReviewRepository extends JpaRepository<IsfReview, Long> {

    Optional<IsfReview> findByElementInstanceKey(long elementInstanceKey);

    Optional<IsfReview> findFirstByIsfIdAndClosedAtIsNullOrderByIdDesc(Long isfId);

    List<IsfReview> findByIsfIdOrderById(Long isfId);
}
