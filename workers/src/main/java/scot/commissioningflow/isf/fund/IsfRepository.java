package scot.commissioningflow.isf.fund;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IsfRepository extends JpaRepository<IndividualServiceFund, Long> {

    /** With its outcomes in the same query: every step of an ISF's process loads it, most of them more than once. */
    @Query("select f from IndividualServiceFund f left join fetch f.outcomes where f.reference = ?1")
    Optional<IndividualServiceFund> findByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from IndividualServiceFund f where f.reference = ?1")
    Optional<IndividualServiceFund> findLockedByReference(String reference);

    @Query("""
            select f from IndividualServiceFund f
            where f.personUserId = :user or f.representativeUserId = :user or f.personUserId = :represented
            order by f.createdAt""")
    List<IndividualServiceFund> findForPersonOrRepresentative(@Param("user") String user,
            @Param("represented") String represented);

    @Query("""
            select f from IndividualServiceFund f
            where f.currentProviderReference = :provider or f.chosenProviderReference = :provider
            order by f.createdAt""")
    List<IndividualServiceFund> findForProvider(@Param("provider") String provider);

    List<IndividualServiceFund> findByCouncilCodeOrderByCreatedAt(String councilCode);

    List<IndividualServiceFund> findByStatusNotOrderById(IsfStatus status);
}
