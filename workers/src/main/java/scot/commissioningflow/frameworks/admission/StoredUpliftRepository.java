package scot.commissioningflow.frameworks.admission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredUpliftRepository extends JpaRepository<StoredUplift, Long> {

    Optional<StoredUplift> findByUpliftKey(String upliftKey);

    @Query("select u.upliftKey from StoredUplift u where u.frameworkReference = ?1 and u.inProgress = true"
            + " order by u.id")
    List<String> findKeysInProgress(String frameworkReference);
}
