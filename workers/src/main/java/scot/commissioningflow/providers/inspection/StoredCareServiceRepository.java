package scot.commissioningflow.providers.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredCareServiceRepository extends JpaRepository<StoredCareService, String> {

    List<StoredCareService> findByProviderNumberOrderByServiceNumber(String providerNumber);
}
