package scot.commissioningflow.fairwork;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionDefinitionRepository extends JpaRepository<CriterionDefinition, Criterion> {

    List<CriterionDefinition> findAllByOrderByPosition();
}
