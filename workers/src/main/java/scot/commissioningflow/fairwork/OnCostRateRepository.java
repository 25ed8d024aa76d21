package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OnCostRateRepository extends JpaRepository<OnCostRate, Long> {

    @Query("""
            select r from OnCostRate r
            where r.component = :component and r.period.effectiveFrom <= :date
              and (r.period.effectiveTo is null or r.period.effectiveTo >= :date)
            order by r.period.effectiveFrom desc""")
    List<OnCostRate> inForce(@Param("component") OnCostComponent component, @Param("date") LocalDate date);

    List<OnCostRate> findByComponent(OnCostComponent component);

    List<OnCostRate> findAllByOrderByComponentAscPeriodEffectiveFromAsc();
}
