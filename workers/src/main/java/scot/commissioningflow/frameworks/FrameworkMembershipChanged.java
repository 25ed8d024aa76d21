package scot.commissioningflow.frameworks;

import java.time.Instant;

/**
 * Published when a provider is admitted to a lot, suspended, reinstated or removed, after the change commits.
 * Call-offs and brokerage stop (or start) offering the provider work on it.
 *
 * @param reason why, as the person deciding wrote it
 */
public record FrameworkMembershipChanged(String frameworkReference, int lotNumber, String providerReference,
        MemberStatus status, String reason, Instant at) {
}
