package scot.commissioningflow.frameworks.calloff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallOffRepository extends JpaRepository<CallOff, Long> {

    Optional<CallOff> findByReference(String reference);

    List<CallOff> findByFrameworkReferenceOrderById(String frameworkReference);

    /** Call-offs given a process and in none of these statuses: after a restart, those whose process may be lost. */
    @Query("select c from CallOff c where c.processInstanceKey is not null and c.status not in :ended order by c.id")
    List<CallOff> findWithProcessNotIn(@Param("ended") Collection<CallOffStatus> ended);
}
