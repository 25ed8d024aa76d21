package scot.commissioningflow.monitoring.entry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoredContractRepository extends JpaRepository<MonitoredContract, String> {

    List<MonitoredContract> findByCareInspectorateNumberIn(List<String> numbers);

    List<MonitoredContract> findByProviderReferenceOrderByContractReference(String providerReference);

    List<MonitoredContract> findAllByOrderByContractReference();
}
