package scot.commissioningflow.frameworks.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.Conflict;

/** One person's care package as brokered: what they need and want, when offers close, and the one award. */
@Entity
@Table(name = "care_package")
class CarePackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String frameworkReference;
    private int lotNumber;
    private String councilCode;
    private String councilArea;
    private String personName;
    private String personUserId;
    private String personEmail;
    private String representativeUserId;
    private BigDecimal weeklyHours;
    private String supportTimes;
    private String needs;
    private String outcomesInOwnWords;
    private String preferences;
    private String chosenProvider;
    private String choiceInOwnWords;
    private String pricedService;
    private LocalDate startDate;
    private int offerWindowHours;
    private Instant offersCloseAt;

    @Enumerated(EnumType.STRING)
    private CarePackageStatus status;

    private Long awardedOfferId;
    private String awardReason;
    private String awardedBy;
    private Instant awardedAt;
    private String escalationNotes;
    private String agreementReference;
    private String socialWorkerName;
    private String socialWorkerEmail;
    private Long processInstanceKey;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected CarePackage() {
    }

    CarePackage(String reference, NewCarePackage request, String councilCode, int windowHours, Instant closeAt,
            String createdBy, Instant at) {
        this.reference = reference;
        this.frameworkReference = request.frameworkReference();
        this.lotNumber = request.lotNumber();
        this.councilCode = councilCode;
        this.councilArea = request.councilArea();
        this.personName = request.personName();
        this.personUserId = request.personUserId();
        this.personEmail = request.personEmail();
        this.representativeUserId = request.representativeUserId();
        this.weeklyHours = request.weeklyHours();
        this.supportTimes = request.supportTimes();
        this.needs = request.needs();
        this.outcomesInOwnWords = request.outcomesInOwnWords();
        this.preferences = request.preferences();
        this.chosenProvider = request.chosenProviderReference();
        this.choiceInOwnWords = request.choiceInOwnWords();
        this.pricedService = request.pricedService();
        this.startDate = request.startDate();
        this.offerWindowHours = windowHours;
        this.offersCloseAt = closeAt;
        this.socialWorkerName = request.socialWorkerName();
        this.socialWorkerEmail = request.socialWorkerEmail();
        this.status = CarePackageStatus.OPEN_FOR_OFFERS;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void startedAs(long key) {
        this.processInstanceKey = key;
    }

    /** Offers are taken while the package is open and its window has not passed by the clock. */
    boolean takesOffersAt(Instant now) {
        return status == CarePackageStatus.OPEN_FOR_OFFERS && now.isBefore(offersCloseAt);
    }

    void closeOffers() {
        if (status == CarePackageStatus.OPEN_FOR_OFFERS) {
            this.status = CarePackageStatus.CHOOSING;
        }
    }

    /** Exactly one award: the same award again changes nothing, any other is refused. */
    void award(long offerId, String reason, String by, Instant at) {
        if (awardedOfferId != null) {
            if (awardedOfferId == offerId) {
                return;
            }
            throw new Conflict("Care package " + reference + " has already been awarded; only one award is made.");
        }
        if (status != CarePackageStatus.CHOOSING) {
            throw new Conflict("Care package " + reference + " is not waiting for a choice of provider (it is "
                    + status.name().toLowerCase().replace('_', ' ') + ").");
        }
        this.awardedOfferId = offerId;
        this.awardReason = reason;
        this.awardedBy = by;
        this.awardedAt = at;
        this.status = CarePackageStatus.AWARDED;
    }

    void unfilled(String notes) {
        this.status = CarePackageStatus.UNFILLED;
        this.escalationNotes = notes;
    }

    void placed(String agreementReference) {
        this.agreementReference = agreementReference;
        this.status = CarePackageStatus.PLACED;
    }

    void placementNotSigned(String agreementReference) {
        this.agreementReference = agreementReference;
        this.status = CarePackageStatus.PLACEMENT_NOT_SIGNED;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String frameworkReference() {
        return frameworkReference;
    }

    int lotNumber() {
        return lotNumber;
    }

    String councilCode() {
        return councilCode;
    }

    String councilArea() {
        return councilArea;
    }

    String personName() {
        return personName;
    }

    String personUserId() {
        return personUserId;
    }

    String personEmail() {
        return personEmail;
    }

    String representativeUserId() {
        return representativeUserId;
    }

    BigDecimal weeklyHours() {
        return weeklyHours;
    }

    String supportTimes() {
        return supportTimes;
    }

    String needs() {
        return needs;
    }

    String outcomesInOwnWords() {
        return outcomesInOwnWords;
    }

    String preferences() {
        return preferences;
    }

    String chosenProvider() {
        return chosenProvider;
    }

    String choiceInOwnWords() {
        return choiceInOwnWords;
    }

    String pricedService() {
        return pricedService;
    }

    LocalDate startDate() {
        return startDate;
    }

    int offerWindowHours() {
        return offerWindowHours;
    }

    Instant offersCloseAt() {
        return offersCloseAt;
    }

    CarePackageStatus status() {
        return status;
    }

    Long awardedOfferId() {
        return awardedOfferId;
    }

    String awardReason() {
        return awardReason;
    }

    String awardedBy() {
        return awardedBy;
    }

    Instant awardedAt() {
        return awardedAt;
    }

    String escalationNotes() {
        return escalationNotes;
    }

    String agreementReference() {
        return agreementReference;
    }

    String socialWorkerName() {
        return socialWorkerName;
    }

    String socialWorkerEmail() {
        return socialWorkerEmail;
    }

    Long processInstanceKey() {
        return processInstanceKey;
    }

    Instant createdAt() {
        return createdAt;
    }
}
