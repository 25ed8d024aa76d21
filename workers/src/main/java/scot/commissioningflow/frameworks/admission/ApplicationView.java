package scot.commissioningflow.frameworks.admission;

import java.time.Instant;
import java.util.List;

/** An application as the national body and the applying provider read it, with its outcome and why. */
public record ApplicationView(String applicationKey, String frameworkReference, int roundNumber, int lotNumber,
        String providerReference, String providerName, List<String> serviceNumbers, Integer weeklyCapacityHours,
        List<PriceOffer> prices, ApplicationOutcome outcome, String outcomeReason, String submittedBy,
        Instant submittedAt, Instant decidedAt) {
}
