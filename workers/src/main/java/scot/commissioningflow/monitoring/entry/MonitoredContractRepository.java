package scot.commissioningflow.monitoring.entry;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MonitoredContractRepository extends JpaRepository<MonitoredContract, String> {

    List<MonitoredContract> findByCareInspectorateNumberIn(List<String> numbers);

    List<MonitoredContract> findByProviderReferenceOrderByContractReference(String providerReference);

    List<MonitoredContract> findAllByOrderByContractReference();

    /** The row locked until the transaction ends: whoever holds it decides whether the process is started. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from MonitoredContract c where c.contractReference = ?1")
    Optional<MonitoredContract> findForStartByContractReference(String contractReference);

    @Query("select c.contractReference from MonitoredContract c where c.processInstanceKey is null")
    List<String> findReferencesWithoutProcess();

    @Query("select c from MonitoredContract c where c.processInstanceKey is not null order by c.contractReference")
    List<MonitoredContract> findWithProcess();
}
