package scot.commissioningflow.providers.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import scot.commissioningflow.providers.ProviderStatus;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    @Query("select p from Provider p where p.reference = ?1")
    Optional<Provider> findByReference(String reference);

    List<Provider> findByStatusOrderByName(ProviderStatus status);

    List<Provider> findAllByOrderByName();
}
