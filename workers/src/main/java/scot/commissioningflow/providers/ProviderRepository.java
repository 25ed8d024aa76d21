package scot.commissioningflow.providers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByReference(String reference);

    List<Provider> findByStatusOrderByName(ProviderStatus status);

    List<Provider> findAllByOrderByName();
}
