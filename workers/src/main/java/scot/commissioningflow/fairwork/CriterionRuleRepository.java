package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriterionRuleRepository extends JpaRepository<CriterionRule, Long> {

    @Query("""
            select r from CriterionRule r
            where r.context = :context and r.period.effectiveFrom <= :date
              and (r.period.effectiveTo is null or r.period.effectiveTo >= :date)
            order by r.period.effectiveFrom desc""")
    List<CriterionRule> inForce(@Param("context") FairWorkContext context, @Param("date") LocalDate date);

    List<CriterionRule> findAllByOrderByContextAscCriterionCodeAscPeriodEffectiveFromAsc();

    List<CriterionRule> findByCriterionCodeAndContext(Criterion criterion, FairWorkContext context);
}
