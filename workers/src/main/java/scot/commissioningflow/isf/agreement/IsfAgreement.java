package scot.commissioningflow.isf.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A three-party agreement with one provider, or a variation of one, and where it stands. */
@Entity
@Table(name = "isf_agreement")
class IsfAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;
    private String contractReference;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    private String variesReference;
    private String providerReference;
    private String providerName;
    private BigDecimal annualBudget;
    private BigDecimal carriedOverBalance = BigDecimal.ZERO;
    private BigDecimal carriedOverHours = BigDecimal.ZERO;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private String contractDocumentId;
    private String contractSha256;
    private Instant createdAt;

    protected IsfAgreement() {
    }

    private IsfAgreement(Long isfId, String contractReference, AgreementKind kind, String variesReference,
            String providerReference, String providerName, BigDecimal annualBudget, LocalDate startsOn,
            Instant at) {
        this.isfId = isfId;
        this.contractReference = contractReference;
        this.kind = kind;
        this.variesReference = variesReference;
        this.providerReference = providerReference;
        this.providerName = providerName;
        this.annualBudget = annualBudget;
        this.startsOn = startsOn;
        this.status = AgreementStatus.AWAITING_SIGNATURES;
        this.createdAt = at;
    }

    static IsfAgreement agreement(Long isfId, String reference, String providerReference, String providerName,
            BigDecimal annualBudget, LocalDate startsOn, Instant at) {
        return new IsfAgreement(isfId, reference, AgreementKind.AGREEMENT, null, providerReference, providerName,
                annualBudget, startsOn, at);
    }

    IsfAgreement variation(String reference, BigDecimal newAnnualBudget, LocalDate effectiveFrom, Instant at) {
        return new IsfAgreement(isfId, reference, AgreementKind.VARIATION, contractReference, providerReference,
                providerName, newAnnualBudget, effectiveFrom, at);
    }

    void signed(String documentId, String sha256) {
        if (status == AgreementStatus.AWAITING_SIGNATURES) {
            this.status = AgreementStatus.SIGNED;
        }
        this.contractDocumentId = documentId;
        this.contractSha256 = sha256;
    }

    void notSigned() {
        if (status == AgreementStatus.AWAITING_SIGNATURES) {
            this.status = AgreementStatus.NOT_SIGNED;
        }
    }

    void goLive(BigDecimal carriedBalance, BigDecimal carriedHours) {
        this.status = AgreementStatus.LIVE;
        this.carriedOverBalance = carriedBalance;
        this.carriedOverHours = carriedHours;
    }

    /** A variation applied: the agreement it varies now runs on the new budget. */
    void varyBudget(BigDecimal newAnnualBudget) {
        this.annualBudget = newAnnualBudget;
    }

    void endOn(LocalDate lastDay) {
        this.status = AgreementStatus.ENDED;
        this.endsOn = lastDay;
    }

    void noticeEndsOn(LocalDate lastDay) {
        this.endsOn = lastDay;
    }

    AgreementView view() {
        return new AgreementView(contractReference, kind, variesReference, providerReference, providerName,
                annualBudget, carriedOverBalance, carriedOverHours, startsOn, endsOn, status, contractDocumentId);
    }

    String contractReference() {
        return contractReference;
    }

    AgreementKind kind() {
        return kind;
    }

    String variesReference() {
        return variesReference;
    }

    String providerReference() {
        return providerReference;
    }

    String providerName() {
        return providerName;
    }

    BigDecimal annualBudget() {
        return annualBudget;
    }

    BigDecimal carriedOverBalance() {
        return carriedOverBalance;
    }

    BigDecimal carriedOverHours() {
        return carriedOverHours;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    AgreementStatus status() {
        return status;
    }
}
