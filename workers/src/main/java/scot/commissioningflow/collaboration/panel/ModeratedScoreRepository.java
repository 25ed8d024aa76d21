package scot.commissioningflow.collaboration.panel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModeratedScoreRepository extends JpaRepository<ModeratedScore, Long> {

    List<ModeratedScore> findByApplicationReferenceIn(Collection<String> applicationReferences);

    Optional<ModeratedScore> findByApplicationReferenceAndCriterion(String applicationReference, String criterion);
}
