package scot.commissioningflow.isf.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the agreements of one ISF say, for those who only read them: the views, the live one, who held them. */
@Component
public class AgreementHistory {

    private final IsfAgreementRepository agreements;

    AgreementHistory(IsfAgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Transactional(readOnly = true)
    public List<AgreementView> of(Long isfId) {
        return agreements.findByIsfIdOrderById(isfId).stream().map(IsfAgreement::view).toList();
    }

    /** The agreement under which the fund is held now, if it is held. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> live(Long isfId) {
        return liveAgreement(isfId).map(IsfAgreement::view);
    }

    @Transactional(readOnly = true)
    public List<String> providersOf(Long isfId) {
        return agreements.findByIsfIdOrderById(isfId).stream().map(IsfAgreement::providerReference).distinct()
                .toList();
    }

    Optional<IsfAgreement> liveAgreement(Long isfId) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isfId, AgreementKind.AGREEMENT,
                AgreementStatus.LIVE);
    }
}
