package scot.commissioningflow.commissioning.responses;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A response as the commissioner and evaluators read it once opened; the declaration as the provider gave it. The
 * contact address is for the award and letters; the API view has never shown it, so it stays out of its JSON.
 */
public record ResponseView(Long id, String tenderReference, int roundNumber, String providerReference,
        String providerName, Instant submittedAt, BigDecimal totalPrice, BigDecimal hourlyRate,
        String qualityStatement, String outcomesApproach, Map<String, Object> fairWorkDeclaration,
        Boolean compliant, String complianceNotes, String fairWorkOutcome, String fairWorkSummary,
        @JsonIgnore String contactEmail) {

    /** Compliant, and not failing a mandatory fair-work criterion. */
    public boolean evaluable() {
        return Boolean.TRUE.equals(compliant) && !"NOT_MET".equals(fairWorkOutcome);
    }
}
