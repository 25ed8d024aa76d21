package scot.commissioningflow.commissioning.responses;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.persistence.JsonMapConverter;

/**
 * A provider's response to one round of a tender. Kept from arrival, readable only once the deadline has passed. The
 * fair-work declaration is kept as the provider gave it, so that a gap in it is seen and named at the compliance check.
 */
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

    Long id() {
        return id;
    }

    String providerName() {
        return providerName;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    Map<String, Object> fairWorkDeclaration() {
        return fairWorkDeclaration;
    }

    Boolean compliant() {
        return compliant;
    }

    /** The declaration in the one shape the fair-work check reads; only a complete declaration can be read. */
    FairWorkDeclaration declaration() {
        return DeclarationAsGiven.typed(fairWorkDeclaration);
    }

    ResponseView view() {
        return new ResponseView(id, tenderReference, roundNumber, providerReference, providerName, submittedAt,
                totalPrice, hourlyRate, qualityStatement, outcomesApproach, fairWorkDeclaration, compliant,
                complianceNotes, fairWorkOutcome, fairWorkSummary, contactEmail);
    }
}
