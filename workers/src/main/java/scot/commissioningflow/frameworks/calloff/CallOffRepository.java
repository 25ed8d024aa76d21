package scot.commissioningflow.frameworks.calloff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallOffRepository extends JpaRepository<CallOff, Long> {

    Optional<CallOff> findByReference(String reference);

    List<CallOff> findByFrameworkReferenceOrderById(String frameworkReference);
}
