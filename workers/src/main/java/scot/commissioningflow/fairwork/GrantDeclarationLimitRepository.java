package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantDeclarationLimitRepository extends JpaRepository<GrantDeclarationLimit, Long> {

    @Query("""
            select l from GrantDeclarationLimit l
            where l.period.effectiveFrom <= :date
              and (l.period.effectiveTo is null or l.period.effectiveTo >= :date)
            order by l.period.effectiveFrom desc""")
    List<GrantDeclarationLimit> inForce(@Param("date") LocalDate date);

    List<GrantDeclarationLimit> findAllByOrderByPeriodEffectiveFromAsc();
}
