package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PayRateRepository extends JpaRepository<PayRate, Long> {

    /** Latest-starting first, so that an open period already followed by a later one gives way to it. */
    @Query("""
            select r from PayRate r
            where r.rateKind = :kind and r.period.effectiveFrom <= :date
              and (r.period.effectiveTo is null or r.period.effectiveTo >= :date)
            order by r.period.effectiveFrom desc""")
    List<PayRate> inForce(@Param("kind") RateKind kind, @Param("date") LocalDate date);

    List<PayRate> findByRateKind(RateKind kind);

    List<PayRate> findAllByOrderByRateKindAscPeriodEffectiveFromAsc();
}
