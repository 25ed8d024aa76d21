package scot.commissioningflow.commissioning.tender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenderRepository extends JpaRepository<Tender, Long> {

    Optional<Tender> findByReference(String reference);

    List<Tender> findByStatusOrderByResponseDeadline(TenderStatus status);

    List<Tender> findByBuyerOrganisationOrderByCreatedAtDesc(String buyerOrganisation);
}
