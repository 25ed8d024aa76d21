package scot.commissioningflow.frameworks.admission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredUpliftRepository extends JpaRepository<StoredUplift, Long> {

    Optional<StoredUplift> findByUpliftKey(String upliftKey);
}
