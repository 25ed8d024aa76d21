package scot.commissioningflow.collaboration.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JointApplicationRepository extends JpaRepository<JointApplication, Long> {

    Optional<JointApplication> findByReference(String reference);

    List<JointApplication> findByRoundReferenceOrderByReference(String roundReference);

    List<JointApplication> findByRoundReferenceAndStatusInOrderByReference(String roundReference,
            Collection<JointApplication.Status> statuses);
}
