package scot.commissioningflow.collaboration.round;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

    Optional<FundingRound> findByReference(String reference);

    List<FundingRound> findAllByOrderByOpensOnDesc();

    /** Rounds given a process and not in this status: after a restart, those whose process may be lost. */
    @Query("select r from FundingRound r where r.processInstanceKey is not null and r.status <> :ended order by r.id")
    List<FundingRound> findWithProcessNot(@Param("ended") FundingRound.Status ended);
}
