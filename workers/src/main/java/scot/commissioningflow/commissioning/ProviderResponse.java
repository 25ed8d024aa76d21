package scot.commissioningflow.commissioning;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import scot.commissioningflow.platform.persistence.JsonMapConverter;

/** A provider's response to one round of a tender. Kept from arrival, readable only once the deadline has passed. */
@Entity
@Table(name = "provider_response")
class ProviderResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private int roundNumber;
    private String providerReference;
    private String providerName;
    private String contactEmail;
    private String submittedBy;
    private Instant submittedAt;
    private BigDecimal totalPrice;
    private BigDecimal hourlyRate;
    private String qualityStatement;
    private String outcomesApproach;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> fairWorkDeclaration;

    private Boolean compliant;
    private String complianceNotes;
    private String fairWorkOutcome;
    private String fairWorkSummary;

    protected ProviderResponse() {
    }

    ProviderResponse(String tenderReference, int roundNumber, ResponseRequest request, String submittedBy,
            Map<String, Object> fairWorkDeclaration, Instant at) {
        this.tenderReference = tenderReference;
        this.roundNumber = roundNumber;
        this.providerReference = request.providerReference();
        this.providerName = request.providerName();
        this.contactEmail = request.contactEmail();
        this.submittedBy = submittedBy;
        this.submittedAt = at;
        this.totalPrice = request.totalPrice();
        this.hourlyRate = request.hourlyRate();
        this.qualityStatement = request.qualityStatement();
        this.outcomesApproach = request.outcomesApproach();
        this.fairWorkDeclaration = fairWorkDeclaration;
    }

    void recordCompliance(boolean compliant, String notes) {
        this.compliant = compliant;
        this.complianceNotes = notes;
    }

    void recordFairWork(String outcome, String summary) {
        this.fairWorkOutcome = outcome;
        this.fairWorkSummary = summary;
    }

    /** Compliant, and not failing a mandatory fair-work criterion. */
    boolean evaluable() {
        return Boolean.TRUE.equals(compliant) && !"NOT_MET".equals(fairWorkOutcome);
    }

    Long id() {
        return id;
    }

    String providerReference() {
        return providerReference;
    }

    String providerName() {
        return providerName;
    }

    String contactEmail() {
        return contactEmail;
    }

    BigDecimal totalPrice() {
        return totalPrice;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    String qualityStatement() {
        return qualityStatement;
    }

    String outcomesApproach() {
        return outcomesApproach;
    }

    Map<String, Object> fairWorkDeclaration() {
        return fairWorkDeclaration;
    }

    Boolean compliant() {
        return compliant;
    }

    String fairWorkOutcome() {
        return fairWorkOutcome;
    }

    ResponseView view() {
        return new ResponseView(id, tenderReference, roundNumber, providerReference, providerName, submittedAt,
                totalPrice, hourlyRate, qualityStatement, outcomesApproach, fairWorkDeclaration, compliant,
                complianceNotes, fairWorkOutcome, fairWorkSummary);
    }

    public record ResponseView(Long id, String tenderReference, int roundNumber, String providerReference,
            String providerName, Instant submittedAt, BigDecimal totalPrice, BigDecimal hourlyRate,
            String qualityStatement, String outcomesApproach, Map<String, Object> fairWorkDeclaration,
            Boolean compliant, String complianceNotes, String fairWorkOutcome, String fairWorkSummary) {
    }
}
