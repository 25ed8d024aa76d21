package scot.commissioningflow.contracts;

import java.time.Instant;
import java.util.List;

/** A contract in the register with every variation applied to it, oldest first. */
public record RegisteredContractView(ContractEntry contract, List<RecordedVariation> variations,
        Instant registeredAt) {
}
