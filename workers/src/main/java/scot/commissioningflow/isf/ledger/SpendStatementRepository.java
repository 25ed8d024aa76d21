package scot.commissioningflow.isf.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendStatementRepository extends JpaRepository<SpendStatement, Long> {

    Optional<SpendStatement> findByProviderReferenceAndStatementId(String providerReference, String statementId);

    List<SpendStatement> findByIsfIdOrderByPeriodStartAscIdAsc(Long isfId);
}
