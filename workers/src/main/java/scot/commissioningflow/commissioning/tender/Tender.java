package scot.commissioningflow.commissioning.tender;

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
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.ExistingProvider;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;

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

    @Convert(converter = TenderJsonConverters.Outcomes.class)
    private List<Outcome> outcomes;

    @Convert(converter = TenderJsonConverters.Participation.class)
    private List<CoProduction> coProduction;

    private boolean existingService;

    @Convert(converter = TenderJsonConverters.Provider.class)
    private ExistingProvider existingProvider;

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
    /** A commissioner's tender model the tender runs on; null for the product's own process. */
    private String bpmnProcessId;
    private Integer processVersion;
    private String createdBy;
    private String buyerOrganisation;
    private Instant createdAt;
    private String closedReason;

    protected Tender() {
    }

    Tender(String reference, TenderRequest request, String createdBy, String buyerOrganisation, Instant at) {
        this.reference = reference;
        this.title = request.title();
        this.needDescription = request.needDescription();
        this.serviceType = request.serviceType();
        this.estimatedValueExVat = request.estimatedValueExVat();
        this.estimatedValueIncVat = request.estimatedValueIncVat();
        this.contractStartDate = request.contractStartDate();
        this.contractMonths = request.contractMonths();
        this.outcomes = List.copyOf(request.outcomes());
        this.coProduction = List.copyOf(request.coProduction());
        this.existingService = request.existingService();
        this.existingProvider = request.existingProvider();
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
        this.buyerOrganisation = buyerOrganisation;
        this.createdAt = at;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    void runsOnModel(String bpmnProcessId, int version) {
        this.bpmnProcessId = bpmnProcessId;
        this.processVersion = version;
    }

    /** The process the tender runs on: a commissioner's tender model, or the product's own. */
    String processId() {
        return bpmnProcessId == null ? TenderProcess.PROCESS_ID : bpmnProcessId;
    }

    Integer processVersion() {
        return processVersion;
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

    TenderStatus status() {
        return status;
    }

    Instant responseDeadline() {
        return responseDeadline;
    }

    ContinuityDecision continuityDecision() {
        return continuityDecision;
    }

    TenderView view() {
        return new TenderView(reference, title, needDescription, serviceType, estimatedValueExVat,
                estimatedValueIncVat, contractStartDate, contractMonths, outcomes, coProduction, existingService,
                existingProvider, continuityDecision, continuityReasons, peopleToldTimetable,
                new AwardWeights(qualityWeight, priceWeight, fairWorkWeight), evaluators, responsePeriodDays, status,
                procurementRoute, noticeDuty, standstillDays, contractNoticeId, responseDeadline, roundNumber,
                processInstanceKey, commissioningBody, commissionerName, createdBy, buyerOrganisation, createdAt,
                closedReason, commissionerEmail, noticesElectronic, paymentTerms, monitoringArrangements);
    }
}
