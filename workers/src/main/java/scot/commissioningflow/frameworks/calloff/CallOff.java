package scot.commissioningflow.frameworks.calloff;

import jakarta.persistence.Convert;
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
import java.util.List;
import scot.commissioningflow.frameworks.FrameworkWeights;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;
import scot.commissioningflow.platform.web.Conflict;

/** One call-off from a framework lot: how it was made, who was awarded and why, and its contract. */
@Entity
@Table(name = "call_off")
class CallOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String frameworkReference;
    private int lotNumber;
    private String councilCode;
    private String title;
    private String serviceDescription;
    private String commissioningBody;
    private String commissionerName;
    private String commissionerEmail;

    @Convert(converter = OutcomesConverter.class)
    private List<OutcomeAndIndicator> outcomes;

    private String monitoringArrangements;
    private String pricedService;

    @Enumerated(EnumType.STRING)
    private CallOffMethod method;

    @Enumerated(EnumType.STRING)
    private DirectBasis directBasis;

    private String chosenProvider;
    private String choiceReason;
    private String personInvolvement;
    private BigDecimal valueExVat;
    private BigDecimal valueIncVat;
    private BigDecimal hourlyRate;
    private Integer weightsQuality;
    private Integer weightsPrice;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer responseWorkingDays;
    private Instant responsesCloseAt;
    private String route;
    private String noticeDuty;

    @Enumerated(EnumType.STRING)
    private CallOffStatus status;

    private String awardedProvider;
    private String awardedProviderName;
    private String awardRationale;
    private String awardedBy;
    private LocalDate awardedOn;
    private String awardNoticeId;
    private String contractReference;
    private Long processInstanceKey;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected CallOff() {
    }

    CallOff(String reference, NewCallOff request, FrameworkWeights weights, String councilCode, String createdBy,
            Instant at) {
        this.reference = reference;
        this.frameworkReference = request.frameworkReference();
        this.lotNumber = request.lotNumber();
        this.councilCode = councilCode;
        this.title = request.title();
        this.serviceDescription = request.serviceDescription();
        this.commissioningBody = request.commissioningBody();
        this.commissionerName = request.commissionerName();
        this.commissionerEmail = request.commissionerEmail();
        this.outcomes = List.copyOf(request.outcomes());
        this.monitoringArrangements = request.monitoringArrangements();
        this.pricedService = request.pricedService();
        this.method = request.method();
        this.directBasis = request.directBasis();
        this.chosenProvider = request.chosenProviderReference();
        this.choiceReason = request.choiceReason();
        this.personInvolvement = request.peopleInvolved();
        this.valueExVat = request.estimatedValueExVat();
        this.valueIncVat = request.estimatedValueIncVat();
        this.hourlyRate = request.hourlyRate();
        this.weightsQuality = weights.qualityPercent();
        this.weightsPrice = weights.pricePercent();
        this.startDate = request.startDate();
        this.endDate = request.endDate();
        this.responseWorkingDays = request.responseDays();
        this.status = CallOffStatus.REQUESTED;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void startedAs(long key) {
        this.processInstanceKey = key;
    }

    void routeChosen(String route, String noticeDuty) {
        this.route = route;
        this.noticeDuty = noticeDuty;
    }

    void openForResponses(Instant closeAt) {
        if (status == CallOffStatus.REQUESTED) {
            this.status = CallOffStatus.OPEN_FOR_RESPONSES;
            this.responsesCloseAt = closeAt;
        }
    }

    void closeResponses() {
        if (status == CallOffStatus.OPEN_FOR_RESPONSES) {
            this.status = CallOffStatus.EVALUATING;
        }
    }

    /** The one award: a second, different award is refused; the same award again changes nothing. */
    void award(String providerReference, String providerName, BigDecimal rate, String rationale, String by,
            LocalDate on) {
        if (awardedProvider != null) {
            if (awardedProvider.equals(providerReference)) {
                return;
            }
            throw new Conflict("Call-off " + reference + " was already awarded to " + awardedProviderName + ".");
        }
        this.awardedProvider = providerReference;
        this.awardedProviderName = providerName;
        if (rate != null) {
            this.hourlyRate = rate;
        }
        this.awardRationale = rationale;
        this.awardedBy = by;
        this.awardedOn = on;
        this.status = CallOffStatus.AWARDED;
    }

    void notAwarded(String why) {
        if (awardedProvider == null) {
            this.status = CallOffStatus.NOT_AWARDED;
            this.awardRationale = why;
        }
    }

    void awardNoticePublished(String noticeId) {
        this.awardNoticeId = noticeId;
    }

    void contractLive(String contractReference) {
        this.contractReference = contractReference;
        this.status = CallOffStatus.CONTRACT_LIVE;
    }

    void contractNotSigned() {
        this.status = CallOffStatus.CONTRACT_NOT_SIGNED;
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

    String title() {
        return title;
    }

    String serviceDescription() {
        return serviceDescription;
    }

    String commissioningBody() {
        return commissioningBody;
    }

    String commissionerName() {
        return commissionerName;
    }

    String commissionerEmail() {
        return commissionerEmail;
    }

    List<OutcomeAndIndicator> outcomes() {
        return outcomes;
    }

    String monitoringArrangements() {
        return monitoringArrangements;
    }

    String pricedService() {
        return pricedService;
    }

    CallOffMethod method() {
        return method;
    }

    DirectBasis directBasis() {
        return directBasis;
    }

    String chosenProvider() {
        return chosenProvider;
    }

    String choiceReason() {
        return choiceReason;
    }

    String personInvolvement() {
        return personInvolvement;
    }

    BigDecimal valueExVat() {
        return valueExVat;
    }

    BigDecimal valueIncVat() {
        return valueIncVat;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    FrameworkWeights weights() {
        return new FrameworkWeights(weightsQuality, weightsPrice);
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    Integer responseDays() {
        return responseWorkingDays;
    }

    Instant responsesCloseAt() {
        return responsesCloseAt;
    }

    String route() {
        return route;
    }

    String noticeDuty() {
        return noticeDuty;
    }

    CallOffStatus status() {
        return status;
    }

    String awardedProvider() {
        return awardedProvider;
    }

    String awardedProviderName() {
        return awardedProviderName;
    }

    String awardRationale() {
        return awardRationale;
    }

    String awardedBy() {
        return awardedBy;
    }

    LocalDate awardedOn() {
        return awardedOn;
    }

    String awardNoticeId() {
        return awardNoticeId;
    }

    String contractReference() {
        return contractReference;
    }

    Long processInstanceKey() {
        return processInstanceKey;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }
}
