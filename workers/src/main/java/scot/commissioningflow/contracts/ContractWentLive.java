package scot.commissioningflow.contracts;

import java.time.Instant;

/**
 * Published once per contract, when its reference first enters the register (a tender award, a call-off or
 * brokerage placement, an individual service fund, a collaboration grant), after the registration commits.
 * Registering the same reference again publishes nothing. Monitoring starts following the contract on it.
 */
public record ContractWentLive(ContractEntry contract, Instant at) {
}
