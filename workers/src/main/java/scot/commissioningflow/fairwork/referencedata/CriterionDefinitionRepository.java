package scot.commissioningflow.fairwork.referencedata;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import scot.commissioningflow.fairwork.Criterion;

interface CriterionDefinitionRepository extends JpaRepository<CriterionDefinition, Criterion> {

    @Query("select c from CriterionDefinition c order by c.position")
    List<CriterionDefinition> findAllByOrderByPosition();
}
