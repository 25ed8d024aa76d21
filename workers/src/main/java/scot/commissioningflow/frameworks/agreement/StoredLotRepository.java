package scot.commissioningflow.frameworks.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredLotRepository extends JpaRepository<StoredLot, Long> {

    List<StoredLot> findByFrameworkReferenceOrderByLotNumber(String frameworkReference);

    List<StoredLot> findByFrameworkReferenceIn(List<String> frameworkReferences);
}
