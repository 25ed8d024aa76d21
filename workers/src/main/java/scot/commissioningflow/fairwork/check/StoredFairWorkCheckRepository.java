package scot.commissioningflow.fairwork.check;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFairWorkCheckRepository extends JpaRepository<StoredFairWorkCheck, Long> {

    @Query("select c from StoredFairWorkCheck c where c.checkKey = ?1")
    Optional<StoredFairWorkCheck> findByCheckKey(String checkKey);

    @Query("select count(c) from StoredFairWorkCheck c where c.checkKey = ?1")
    long countByCheckKey(String checkKey);
}
