package scot.commissioningflow.collaboration.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantRepository extends JpaRepository<Grant, Long> {

    Optional<Grant> findByReference(String reference);

    Optional<Grant> findByApplicationReference(String applicationReference);

    List<Grant> findByLeadProvider(String leadProvider);

    List<Grant> findByRoundReferenceOrderByReference(String roundReference);
}
