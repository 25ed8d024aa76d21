package scot.commissioningflow.frameworks.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import scot.commissioningflow.frameworks.FrameworkStatus;

interface StoredFrameworkRepository extends JpaRepository<StoredFramework, String> {

    List<StoredFramework> findAllByOrderBySetUpAtDesc();

    List<StoredFramework> findByStatus(FrameworkStatus status);

    /** Frameworks given a process and not in this status: after a restart, those whose process may be lost. */
    @Query("select f from StoredFramework f where f.processInstanceKey is not null and f.status <> :ended"
            + " order by f.reference")
    List<StoredFramework> findWithProcessNot(@Param("ended") FrameworkStatus ended);
}
