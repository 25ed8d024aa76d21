package scot.commissioningflow.collaboration.panel;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelScoreRepository extends JpaRepository<PanelScore, Long> {

    List<PanelScore> findByApplicationReferenceIn(Collection<String> applicationReferences);

    List<PanelScore> findByApplicationReferenceAndPanelMember(String applicationReference, String panelMember);
}
