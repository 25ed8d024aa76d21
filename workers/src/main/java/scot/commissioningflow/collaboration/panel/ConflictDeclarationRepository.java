package scot.commissioningflow.collaboration.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, Long> {

    Optional<ConflictDeclaration> findByApplicationReferenceAndPanelMember(String applicationReference,
            String panelMember);

    List<ConflictDeclaration> findByRoundReference(String roundReference);
}
