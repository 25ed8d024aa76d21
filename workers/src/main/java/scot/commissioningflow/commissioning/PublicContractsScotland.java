package scot.commissioningflow.commissioning;

/**
 * Notices on Public Contracts Scotland, for every feature that owes one: the tender's contract and award notices and
 * a framework call-off's award notice go through the same configured service
 * ({@code commissioning.public-contracts-scotland}).
 */
public interface PublicContractsScotland {

    /** What is recorded as the notice id when no PCS service is configured: the officer publishes by hand. */
    String NOT_CONFIGURED = "NOT_CONFIGURED";

    /**
     * Publishes the notice (a record PCS takes as JSON) and answers its notice id, or {@link #NOT_CONFIGURED}. The
     * idempotency key names the notice, so a notice retried after a lost answer is published once; any failure is
     * thrown, so the job is retried with backoff and ends as an incident if PCS stays down.
     */
    String publish(String idempotencyKey, Object notice);
}
