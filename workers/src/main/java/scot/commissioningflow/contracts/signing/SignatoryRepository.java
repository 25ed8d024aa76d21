package scot.commissioningflow.contracts.signing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import scot.commissioningflow.contracts.Signer;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    @Query("select s from Signatory s where s.contractReference = ?1 order by s.id")
    List<Signatory> findByContractReferenceOrderById(String contractReference);

    /** The parties an organisation is, newest document first: what its users have to sign or have signed. */
    List<Signatory> findByPartyAndOrganisationOrderByIdDesc(Signer.Party party, String organisation);
}
