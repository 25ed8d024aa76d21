package scot.commissioningflow.isf.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetPeriodRepository extends JpaRepository<BudgetPeriod, Long> {

    @Query("select p from BudgetPeriod p where p.isfId = ?1 order by p.periodStart")
    List<BudgetPeriod> findByIsfIdOrderByPeriodStart(Long isfId);

    @Query("select p from BudgetPeriod p where p.isfId = ?1 and p.periodStart = ?2")
    Optional<BudgetPeriod> findByIsfIdAndPeriodStart(Long isfId, LocalDate periodStart);

    @Query("select p from BudgetPeriod p where p.isfId = ?1 and p.periodStart >= ?2")
    List<BudgetPeriod> findByIsfIdAndPeriodStartGreaterThanEqual(Long isfId, LocalDate from);
}
