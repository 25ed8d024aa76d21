package scot.commissioningflow.frameworks.brokerage;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CarePackageRepository extends JpaRepository<CarePackage, Long> {

    Optional<CarePackage> findByReference(String reference);

    /**
     * The package with its row locked until the transaction ends. Every offer, the closing of offers and the award
     * take this lock, so an offer either commits before offers close (and is ranked) or sees them closed and is
     * refused: none is accepted and then left out, and no two awards are made.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CarePackage p where p.reference = :reference")
    Optional<CarePackage> lockByReference(@Param("reference") String reference);

    List<CarePackage> findByCouncilCodeOrderByCreatedAt(String councilCode);

    /** Packages given a process and in none of these statuses: after a restart, those whose process may be lost. */
    @Query("select p from CarePackage p where p.processInstanceKey is not null and p.status not in :ended"
            + " order by p.id")
    List<CarePackage> findWithProcessNotIn(@Param("ended") Collection<CarePackageStatus> ended);

    @Query("""
            select p from CarePackage p
            where p.personUserId = :user or p.representativeUserId = :user or p.personUserId = :represented
            order by p.createdAt""")
    List<CarePackage> findForPersonOrRepresentative(@Param("user") String user,
            @Param("represented") String represented);

    @Query("""
            select p from CarePackage p where p.id in (
                select i.carePackageId from PackageInvitation i where i.providerReference = :provider)
            order by p.createdAt""")
    List<CarePackage> findInvitedProvider(@Param("provider") String provider);

    /** Weekly hours a provider already holds through brokerage on the lot: its capacity is what is left. */
    @Query("""
            select coalesce(sum(p.weeklyHours), 0) from CarePackage p, PackageOffer o
            where o.id = p.awardedOfferId and o.providerReference = :provider
              and p.frameworkReference = :framework and p.lotNumber = :lot and p.status in :statuses""")
    BigDecimal hoursPlaced(@Param("provider") String provider, @Param("framework") String framework,
            @Param("lot") int lot, @Param("statuses") Collection<CarePackageStatus> statuses);
}
