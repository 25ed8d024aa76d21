package scot.commissioningflow.isf.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IsfAgreementRepository extends JpaRepository<IsfAgreement, Long> {

    @Query("select a from IsfAgreement a where a.isfId = ?1 order by a.id")
    List<IsfAgreement> findByIsfIdOrderById(Long isfId);

    @Query("select a from IsfAgreement a where a.contractReference = ?1")
    Optional<IsfAgreement> findByContractReference(String contractReference);

    @Query("""
            select a from IsfAgreement a where a.isfId = ?1 and a.kind = ?2 and a.status = ?3
            order by a.id desc limit 1""")
    Optional<IsfAgreement> findFirstByIsfIdAndKindAndStatusOrderByIdDesc(Long isfId, AgreementKind kind,
            AgreementStatus status);

    @Query("select count(a) from IsfAgreement a where a.isfId = ?1 and a.kind = ?2")
    long countByIsfIdAndKind(Long isfId, AgreementKind kind);

    long countByVariesReference(String variesReference);
}
