package scot.commissioningflow.commissioning.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationScoreRepository extends JpaRepository<EvaluationScore, Long> {

    List<EvaluationScore> findByTenderReferenceOrderById(String tenderReference);

    boolean existsByResponseIdAndEvaluatorAndStage(Long responseId, String evaluator, String stage);
}
