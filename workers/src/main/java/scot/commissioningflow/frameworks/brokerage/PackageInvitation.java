package scot.commissioningflow.frameworks.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A provider a package went to, with what the framework knew of it then: only invited providers may offer. */
@Entity
@Table(name = "care_package_invitation")
class PackageInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long carePackageId;
    private String providerReference;
    private String providerName;
    private BigDecimal frameworkScore;
    private Integer lowestGrade;
    private BigDecimal scheduledRate;
    private Instant invitedAt;

    protected PackageInvitation() {
    }

    PackageInvitation(Long carePackageId, String providerReference, String providerName, BigDecimal frameworkScore,
            Integer lowestGrade, BigDecimal scheduledRate, Instant invitedAt) {
        this.carePackageId = carePackageId;
        this.providerReference = providerReference;
        this.providerName = providerName;
        this.frameworkScore = frameworkScore;
        this.lowestGrade = lowestGrade;
        this.scheduledRate = scheduledRate;
        this.invitedAt = invitedAt;
    }

    String providerReference() {
        return providerReference;
    }

    String providerName() {
        return providerName;
    }

    BigDecimal frameworkScore() {
        return frameworkScore;
    }

    Integer lowestGrade() {
        return lowestGrade;
    }

    BigDecimal scheduledRate() {
        return scheduledRate;
    }
}
