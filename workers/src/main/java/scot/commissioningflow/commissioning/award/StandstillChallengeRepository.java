package scot.commissioningflow.commissioning.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StandstillChallengeRepository extends JpaRepository<StandstillChallenge, Long> {

    List<StandstillChallenge> findByTenderReferenceOrderByReceivedAt(String tenderReference);
}
