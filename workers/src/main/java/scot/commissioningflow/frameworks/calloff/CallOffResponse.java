package scot.commissioningflow.frameworks.calloff;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.web.Conflict;

/** A lot member invited to a mini-competition, and its response once it has given one. */
@Entity
@Table(name = "call_off_response")
class CallOffResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callOffId;
    private String providerReference;
    private String providerName;
    private BigDecimal frameworkScore;
    private Integer lowestGrade;
    private Instant invitedAt;
    private BigDecimal hourlyRate;
    private BigDecimal totalPrice;
    private String proposal;

    @Convert(converter = DeclarationConverter.class)
    private FairWorkDeclaration fairWorkDeclaration;

    private String fairWorkOutcome;
    private String fairWorkSummary;
    private BigDecimal qualityScore;
    private String respondedBy;
    private Instant respondedAt;

    protected CallOffResponse() {
    }

    CallOffResponse(Long callOffId, String providerReference, String providerName, BigDecimal frameworkScore,
            Integer lowestGrade, Instant invitedAt) {
        this.callOffId = callOffId;
        this.providerReference = providerReference;
        this.providerName = providerName;
        this.frameworkScore = frameworkScore;
        this.lowestGrade = lowestGrade;
        this.invitedAt = invitedAt;
    }

    void respond(CallOffResponseRequest response, String by, Instant at) {
        if (respondedAt != null) {
            throw new Conflict(providerName + " has already responded to this call-off; a response is final.");
        }
        this.hourlyRate = response.hourlyRate();
        this.totalPrice = response.totalPrice();
        this.proposal = response.proposal();
        this.fairWorkDeclaration = response.fairWorkDeclaration();
        this.respondedBy = by;
        this.respondedAt = at;
    }

    void fairWorkChecked(String outcome, String summary) {
        this.fairWorkOutcome = outcome;
        this.fairWorkSummary = summary;
    }

    void marked(BigDecimal quality) {
        this.qualityScore = quality;
    }

    boolean responded() {
        return respondedAt != null;
    }

    boolean fairWorkMet() {
        return "MET".equals(fairWorkOutcome);
    }

    Long id() {
        return id;
    }

    Long callOffId() {
        return callOffId;
    }

    String providerReference() {
        return providerReference;
    }

    String providerName() {
        return providerName;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }

    BigDecimal totalPrice() {
        return totalPrice;
    }

    String proposal() {
        return proposal;
    }

    FairWorkDeclaration fairWorkDeclaration() {
        return fairWorkDeclaration;
    }

    String fairWorkOutcome() {
        return fairWorkOutcome;
    }

    String fairWorkSummary() {
        return fairWorkSummary;
    }

    BigDecimal qualityScore() {
        return qualityScore;
    }

    Instant respondedAt() {
        return respondedAt;
    }
}
