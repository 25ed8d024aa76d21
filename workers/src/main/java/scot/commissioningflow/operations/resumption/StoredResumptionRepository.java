package scot.commissioningflow.operations.resumption;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredResumptionRepository extends JpaRepository<StoredResumption, Long> {

    List<StoredResumption> findByOutcomeOrderByIdDesc(Outcome outcome);

    List<StoredResumption> findAllByOrderByIdDesc();
}
