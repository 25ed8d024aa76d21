package scot.commissioningflow.commissioning;

import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Map;
import scot.commissioningflow.platform.persistence.JsonListConverter;
import scot.commissioningflow.platform.persistence.JsonMapConverter;

@Entity
@Table(name = "tender")
class Tender {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String title;
    private String needDescription;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private BigDecimal estimatedValueExVat;
    private BigDecimal estimatedValueIncVat;
    private LocalDate contractStartDate;
    private int contractMonths;

    @Convert(converter = JsonListConverter.class)
    private List<Map<String, Object>> outcomes;

    @Convert(converter = JsonListConverter.class)
    private List<Map<String, Object>> coProduction;

    private boolean existingService;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> existingProvider;

    @Enumerated(EnumType.STRING)
    private ContinuityDecision continuityDecision;

    private String continuityReasons;
    private String peopleToldTimetable;
    private int qualityWeight;
    private int priceWeight;
    private int fairWorkWeight;

    @Convert(converter = NameListConverter.class)
    private List<String> evaluators;

    private int responsePeriodDays;
    private boolean noticesElectronic;
    private String paymentTerms;
    private String monitoringArrangements;
    private String commissionerName;
    private String commissionerEmail;
    private String commissioningBody;

    @Enumerated(EnumType.STRING)
    private TenderStatus status;

    @Enumerated(EnumType.STRING)
    private ProcurementRoute procurementRoute;

    private String noticeDuty;
    private Integer standstillDays;
    private String contractNoticeId;
    private Instant responseDeadline;
    private int roundNumber;
    private Long processInstanceKey;
    private String createdBy;
    private Instant createdAt;
    private String closedReason;

    protected Tender() {
    }

    /** Outcomes and co-production arrive as plain maps so that the JSON columns hold exactly what the API took in. */
    Tender(String reference, TenderRequest request, List<Map<String, Object>> outcomes, List<Map<String, Object>> coProduction,
            String createdBy, Instant at) {
        this.reference = reference;
        this.title = request.title();
        this.needDescription = request.needDescription();
        this.serviceType = request.serviceType();
        this.estimatedValueExVat = request.estimatedValueExVat();
        this.estimatedValueIncVat = request.estimatedValueIncVat();
        this.contractStartDate = request.contractStartDate();
        this.contractMonths = request.contractMonths();
        this.outcomes = List.copyOf(outcomes);
        this.coProduction = List.copyOf(coProduction);
        this.existingService = request.existingService();
        this.existingProvider = request.existingProvider() == null ? null : Map.of(
                "reference", request.existingProvider().reference(), "name", request.existingProvider().name(),
                "email", request.existingProvider().email());
        this.continuityDecision = request.existingService() ? ContinuityDecision.AWAITING_DECISION
                : ContinuityDecision.NEW_SERVICE;
        this.qualityWeight = request.weights().quality();
        this.priceWeight = request.weights().price();
        this.fairWorkWeight = request.weights().fairWork();
        this.evaluators = List.copyOf(request.evaluators());
        this.responsePeriodDays = request.responsePeriodDays();
        this.noticesElectronic = request.noticesElectronic();
        this.paymentTerms = request.paymentTerms();
        this.monitoringArrangements = request.monitoringArrangements();
        this.commissioningBody = request.commissioningBody();
        this.commissionerName = request.commissionerName();
        this.commissionerEmail = request.commissionerEmail();
        this.status = TenderStatus.NEED_RECORDED;
        this.roundNumber = 1;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    void recordContinuity(ContinuityDecision decision, String reasons, String peopleTold) {
        this.continuityDecision = decision;
        this.continuityReasons = reasons;
        this.peopleToldTimetable = peopleTold;
    }

    void routeChosen(ProcurementRoute route, String noticeDuty, Integer standstillDays) {
        this.procurementRoute = route;
        this.noticeDuty = noticeDuty;
        this.standstillDays = standstillDays;
        this.status = TenderStatus.ROUTE_CHOSEN;
    }

    void contractNoticePublished(String noticeId) {
        this.contractNoticeId = noticeId;
    }

    void openForResponses(Instant deadline) {
        this.responseDeadline = deadline;
        this.status = TenderStatus.OPEN_FOR_RESPONSES;
    }

    void responseDeadlinePassed() {
        this.status = TenderStatus.EVALUATING;
    }

    void noCompliantResponses() {
        this.status = TenderStatus.NO_COMPLIANT_RESPONSES;
    }

    /** A new round of responses: earlier responses stay on record but are not part of the new competition. */
    void retender() {
        this.roundNumber++;
        this.responseDeadline = null;
        this.contractNoticeId = null;
        this.status = TenderStatus.ROUTE_CHOSEN;
    }

    void moveTo(TenderStatus next) {
        this.status = next;
    }

    void cancel(String reason) {
        this.status = TenderStatus.CANCELLED;
        this.closedReason = reason;
    }

    String reference() {
        return reference;
    }

    String title() {
        return title;
    }

    ServiceType serviceType() {
        return serviceType;
    }

    BigDecimal estimatedValueExVat() {
        return estimatedValueExVat;
    }

    BigDecimal estimatedValueIncVat() {
        return estimatedValueIncVat;
    }

    LocalDate contractStartDate() {
        return contractStartDate;
    }

    int contractMonths() {
        return contractMonths;
    }

    List<Map<String, Object>> outcomes() {
        return outcomes;
    }

    Map<String, Object> existingProvider() {
        return existingProvider;
    }

    ContinuityDecision continuityDecision() {
        return continuityDecision;
    }

    AwardWeights weights() {
        return new AwardWeights(qualityWeight, priceWeight, fairWorkWeight);
    }

    List<String> evaluators() {
        return evaluators;
    }

    int responsePeriodDays() {
        return responsePeriodDays;
    }

    boolean noticesElectronic() {
        return noticesElectronic;
    }

    String paymentTerms() {
        return paymentTerms;
    }

    String monitoringArrangements() {
        return monitoringArrangements;
    }

    String commissionerName() {
        return commissionerName;
    }

    String commissionerEmail() {
        return commissionerEmail;
    }

    String commissioningBody() {
        return commissioningBody;
    }

    TenderStatus status() {
        return status;
    }

    ProcurementRoute procurementRoute() {
        return procurementRoute;
    }

    int roundNumber() {
        return roundNumber;
    }

    String contractNoticeId() {
        return contractNoticeId;
    }

    String needDescription() {
        return needDescription;
    }

    Instant responseDeadline() {
        return responseDeadline;
    }

    TenderView view() {
        return new TenderView(reference, title, needDescription, serviceType, estimatedValueExVat,
                estimatedValueIncVat, contractStartDate, contractMonths, outcomes, coProduction, existingService,
                existingProvider, continuityDecision, continuityReasons, peopleToldTimetable, weights(), evaluators(),
                responsePeriodDays, status, procurementRoute, noticeDuty, standstillDays, contractNoticeId,
                responseDeadline, roundNumber, processInstanceKey, commissioningBody, commissionerName, createdBy,
                createdAt, closedReason);
    }
}
