package scot.commissioningflow.frameworks.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One provider's offer for a package, and where the ranking put it. */
@Entity
@Table(name = "care_package_offer")
class PackageOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long carePackageId;
    private String providerReference;
    private BigDecimal hourlyRate;
    private LocalDate canStartOn;
    private String howWeWouldHelp;
    private String offeredBy;
    private Instant offeredAt;
    private BigDecimal qualityScore;
    private BigDecimal priceScore;
    private BigDecimal totalScore;
    private Integer offerRank;
    private String outcome;

    protected PackageOffer() {
    }

    PackageOffer(Long carePackageId, String providerReference, OfferRequest offer, String by, Instant at) {
        this.carePackageId = carePackageId;
        this.providerReference = providerReference;
        this.hourlyRate = offer.hourlyRate();
        this.canStartOn = offer.canStartOn();
        this.howWeWouldHelp = offer.howWeWouldHelp();
        this.offeredBy = by;
        this.offeredAt = at;
    }

    /** The same offer sent again (a retried request) is the one already made. */
    boolean sameAs(OfferRequest offer) {
        return hourlyRate.compareTo(offer.hourlyRate()) == 0 && canStartOn.equals(offer.canStartOn())
                && howWeWouldHelp.equals(offer.howWeWouldHelp());
    }

    void ranked(BigDecimal quality, BigDecimal price, BigDecimal total, int rank) {
        this.qualityScore = quality;
        this.priceScore = price;
        this.totalScore = total;
        this.offerRank = rank;
    }

    void outcome(String outcome) {
        this.outcome = outcome;
    }

    Long id() {
        return id;
    }

    String providerReference() {
        return providerReference;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    LocalDate canStartOn() {
        return canStartOn;
    }

    String howWeWouldHelp() {
        return howWeWouldHelp;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    BigDecimal qualityScore() {
        return qualityScore;
    }

    BigDecimal priceScore() {
        return priceScore;
    }

    BigDecimal totalScore() {
        return totalScore;
    }

    Integer rank() {
        return offerRank;
    }

    String outcome() {
        return outcome;
    }
}
