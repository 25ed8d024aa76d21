package scot.commissioningflow.providers;

import java.time.Instant;
import java.util.Map;

public record ProviderView(
        String reference,
        String name,
        OrganisationType organisationType,
        boolean sme,
        String careInspectorateNumber,
        String contactEmail,
        ProviderStatus status,
        InspectionCheck inspectionCheck,
        Map<String, Object> careInspectorateGrades,
        String decisionNotes,
        String decidedBy,
        long registrationProcessKey,
        Instant registeredAt,
        Instant decidedAt) {
}
