package scot.commissioningflow.isf.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetPeriodRepository extends JpaRepository<BudgetPeriod, Long> {

    List<BudgetPeriod> findByIsfIdOrderByPeriodStart(Long isfId);

    Optional<BudgetPeriod> findByIsfIdAndPeriodStart(Long isfId, LocalDate periodStart);

    List<BudgetPeriod> findByIsfIdAndPeriodStartGreaterThanEqual(Long isfId, LocalDate from);
}
