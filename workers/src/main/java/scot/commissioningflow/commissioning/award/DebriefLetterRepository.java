package scot.commissioningflow.commissioning.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DebriefLetterRepository extends JpaRepository<DebriefLetter, Long> {

    boolean existsByTenderReferenceAndResponseId(String tenderReference, Long responseId);

    List<DebriefLetter> findByTenderReferenceOrderById(String tenderReference);
}
