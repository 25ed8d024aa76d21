package scot.commissioningflow.isf.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IsfAgreementRepository extends JpaRepository<IsfAgreement, Long> {

    List<IsfAgreement> findByIsfIdOrderById(Long isfId);

    Optional<IsfAgreement> findByContractReference(String contractReference);

    Optional<IsfAgreement> findFirstByIsfIdAndKindAndStatusOrderByIdDesc(Long isfId, AgreementKind kind,
            AgreementStatus status);

    long countByIsfIdAndKind(Long isfId, AgreementKind kind);

    long countByVariesReference(String variesReference);
}
