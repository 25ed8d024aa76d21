package scot.commissioningflow.frameworks.admission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredApplicationRepository extends JpaRepository<StoredApplication, Long> {

    Optional<StoredApplication> findByApplicationKey(String applicationKey);

    List<StoredApplication> findByFrameworkReferenceAndRoundNumberOrderById(String frameworkReference,
            int roundNumber);

    List<StoredApplication> findByFrameworkReferenceOrderById(String frameworkReference);
}
