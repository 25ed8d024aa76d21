package scot.commissioningflow.contracts.signing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    List<Signatory> findByContractReferenceOrderById(String contractReference);
}
