package scot.commissioningflow.isf.review;

import java.math.BigDecimal;
import java.time.Instant;

public record ReviewView(ReviewReason reason, String detail, String raisedBy, Instant openedAt, String outcome,
        BigDecimal newAnnualBudget, String notes, String reviewedBy, Instant closedAt) {
}
