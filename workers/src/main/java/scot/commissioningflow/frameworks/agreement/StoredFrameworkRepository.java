package scot.commissioningflow.frameworks.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import scot.commissioningflow.frameworks.FrameworkStatus;

interface StoredFrameworkRepository extends JpaRepository<StoredFramework, String> {

    List<StoredFramework> findAllByOrderBySetUpAtDesc();

    List<StoredFramework> findByStatus(FrameworkStatus status);
}
