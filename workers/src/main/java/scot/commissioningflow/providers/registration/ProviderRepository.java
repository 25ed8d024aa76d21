package scot.commissioningflow.providers.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import scot.commissioningflow.providers.ProviderStatus;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByReference(String reference);

    List<Provider> findByStatusOrderByName(ProviderStatus status);

    List<Provider> findAllByOrderByName();
}
