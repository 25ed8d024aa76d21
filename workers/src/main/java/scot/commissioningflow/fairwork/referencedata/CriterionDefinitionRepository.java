package scot.commissioningflow.fairwork.referencedata;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import scot.commissioningflow.fairwork.Criterion;

interface CriterionDefinitionRepository extends JpaRepository<CriterionDefinition, Criterion> {

    List<CriterionDefinition> findAllByOrderByPosition();
}
