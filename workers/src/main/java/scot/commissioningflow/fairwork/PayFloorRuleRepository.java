package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PayFloorRuleRepository extends JpaRepository<PayFloorRule, Long> {

    @Query("""
            select r from PayFloorRule r
            where r.workType = :work and r.period.effectiveFrom <= :date
              and (r.period.effectiveTo is null or r.period.effectiveTo >= :date)
            order by r.id""")
    List<PayFloorRule> inForce(@Param("work") WorkType work, @Param("date") LocalDate date);

    List<PayFloorRule> findByWorkTypeAndRateKind(WorkType workType, RateKind rateKind);

    List<PayFloorRule> findAllByOrderByWorkTypeAscRateKindAscPeriodEffectiveFromAsc();
}
