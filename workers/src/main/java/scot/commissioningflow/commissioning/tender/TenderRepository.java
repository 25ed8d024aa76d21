package scot.commissioningflow.commissioning.tender;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenderRepository extends JpaRepository<Tender, Long> {

    Optional<Tender> findByReference(String reference);

    List<Tender> findByStatusOrderByResponseDeadline(TenderStatus status);

    List<Tender> findByBuyerOrganisationOrderByCreatedAtDesc(String buyerOrganisation);

    /** Tenders whose process has started and not ended: what a restart may have to resume. */
    List<Tender> findByStatusNotInAndProcessInstanceKeyIsNotNull(Collection<TenderStatus> ended);
}
