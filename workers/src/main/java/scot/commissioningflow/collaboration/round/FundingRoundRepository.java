package scot.commissioningflow.collaboration.round;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

    Optional<FundingRound> findByReference(String reference);

    List<FundingRound> findAllByOrderByOpensOnDesc();
}
