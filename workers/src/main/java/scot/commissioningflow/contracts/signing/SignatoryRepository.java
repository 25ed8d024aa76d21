package scot.commissioningflow.contracts.signing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import scot.commissioningflow.contracts.Signer;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    List<Signatory> findByContractReferenceOrderById(String contractReference);

    /** The parties an organisation is, newest document first: what its users have to sign or have signed. */
    List<Signatory> findByPartyAndOrganisationOrderByIdDesc(Signer.Party party, String organisation);
}
