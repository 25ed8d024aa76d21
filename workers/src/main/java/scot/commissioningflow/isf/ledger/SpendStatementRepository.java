package scot.commissioningflow.isf.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpendStatementRepository extends JpaRepository<SpendStatement, Long> {

    @Query("select s from SpendStatement s where s.providerReference = ?1 and s.statementId = ?2")
    Optional<SpendStatement> findByProviderReferenceAndStatementId(String providerReference, String statementId);

    @Query("select s from SpendStatement s where s.isfId = ?1 order by s.periodStart, s.id")
    List<SpendStatement> findByIsfIdOrderByPeriodStartAscIdAsc(Long isfId);
}
