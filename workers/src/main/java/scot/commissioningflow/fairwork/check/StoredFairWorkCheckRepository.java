package scot.commissioningflow.fairwork.check;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFairWorkCheckRepository extends JpaRepository<StoredFairWorkCheck, Long> {

    Optional<StoredFairWorkCheck> findByCheckKey(String checkKey);

    long countByCheckKey(String checkKey);
}
