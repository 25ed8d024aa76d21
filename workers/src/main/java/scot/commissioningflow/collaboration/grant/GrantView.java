package scot.commissioningflow.collaboration.grant;

import java.math.BigDecimal;
import java.time.Instant;

/** A grant as its partners and the funder see it. */
public record GrantView(String reference, String applicationReference, String roundReference, String leadProvider,
        BigDecimal amount, String conditions, Grant.Status status, BigDecimal paid, BigDecimal spent,
        BigDecimal clawbackAmount, String clawbackReason, Instant awardedAt) {
}
